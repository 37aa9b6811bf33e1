"""The app's typed errors.

UserError: the user's input is wrong; its message is for the user (already translated).
StoreError: the environment failed (file unreadable, newer schema, disk full); also shown to the user.
Anything else is a bug.
"""


class HonghuaError(Exception):
    """Base of the errors whose message is meant for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UserError(HonghuaError):
    """Bad input: the CLI exits 2, the GUI shows the message; nothing was changed."""


class FinerThanKept(UserError):
    """A typed number with more decimals than the app keeps (money to the fen, a metric to its decimals): refused,
    never rounded. It is still a number: a pasted block reads it as a value, not as a title or a name."""


class ReasonRefused(UserError):
    """A reason or a fact refused for itself (none written, too long), not for what it was given for: the window
    asks for it again with what was typed, rather than dropping it."""


class StoreError(HonghuaError):
    """The shop file cannot be used as asked (not SQLite, corrupt, newer, locked, read-only)."""


class Cancelled(Exception):
    """Long work stopped because the user asked it to; nothing was written."""
