"""The error that stops reading a table, with where it happened."""


class TableError(ValueError):
    """A problem that stops reading a file: its message, line (the header is line 1) and column."""

    def __init__(self, message: str, *, line: int = 1, column: str = ""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
