"""Load the demo data of every app (idempotent): `python manage.py load_demo`."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load or refresh the demo data of every app; running it twice changes nothing."

    def handle(self, *args, **options):
        # Apps load in INSTALLED_APPS order, so the register exists before the apps that refer to it.
        for app_config in apps.get_app_configs():
            try:
                module = import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
                continue
            loader = getattr(module, "load_demo", None)
            if loader is not None:
                loader(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
