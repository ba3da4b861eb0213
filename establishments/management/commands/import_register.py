"""`python manage.py import_register FILE [--dry-run]`: import a BIRO/LISA register file (CSV or XLSX)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from establishments.importers import parse_register
from establishments.services import register_import


class Command(BaseCommand):
    help = "Import a register file (CSV or XLSX); nothing is written unless every row is valid."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="CSV (comma or semicolon) or XLSX file")
        parser.add_argument("--dry-run", action="store_true", help="validate only, write nothing")

    def handle(self, *args, file: Path, dry_run: bool, **options):
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(_("Cannot read %(file)s: %(error)s") % {"file": file, "error": error}) from error
        parsed = parse_register(content)
        if not parsed.is_valid:
            for row_error in parsed.errors:
                column = f" [{row_error.column}]" if row_error.column else ""
                self.stderr.write(_("line %(line)s") % {"line": row_error.line} + f"{column}: {row_error.message}")
            raise CommandError(_("%(count)s error(s) found; nothing was imported.") % {"count": len(parsed.errors)})
        if dry_run:
            self.stdout.write(_("%(rows)s rows are valid; nothing was written (dry run).") % {"rows": len(parsed.rows)})
            return
        summary = register_import(parsed=parsed, source_name=file.name)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "%(rows)s rows imported: %(est_new)s establishments created, %(est_upd)s updated; "
                    "%(obs_new)s yearly observations created, %(obs_upd)s updated."
                )
                % {
                    "rows": summary.rows,
                    "est_new": summary.establishments_created,
                    "est_upd": summary.establishments_updated,
                    "obs_new": summary.observations_created,
                    "obs_upd": summary.observations_updated,
                }
            )
        )
