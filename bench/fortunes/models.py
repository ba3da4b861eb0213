"""The one table of the baseline, created by bench/bench_pages.py (not by a migration)."""

from django.db import models

TABLE = "bench_fortune"


class Fortune(models.Model):
    message = models.CharField(max_length=2048)

    class Meta:
        managed = False
        db_table = TABLE

    def __str__(self):
        return self.message
