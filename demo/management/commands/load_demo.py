"""Load the demo data of every app (idempotent): `python manage.py load_demo`."""

from django.core.management.base import BaseCommand

from demo.loaders import LOADERS


class Command(BaseCommand):
    help = "Load or refresh the demo data of every app; running it twice changes nothing."

    def handle(self, *args, **options):
        for loader in LOADERS:
            loader(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
