"""What the register's data migrations write, callable again: the editors' rights (the SBI reference is in
sbi_reference.py)."""

from kennispark.roles import EDITOR, grant_model_permissions


def editors_grant(apps, schema_editor=None) -> None:
    """Give the editor role the permissions of the register's models."""
    grant_model_permissions(apps, schema_editor, role=EDITOR, app_label="establishments")
