"""Why a transfer package cannot be opened or imported: one exception, with the kind of failure and its code."""

from __future__ import annotations

from enum import Enum

from trajectapp.domain.messages import Code, Param, Refusal


class Problem(Enum):
    """Which kind of failure, for the interface to choose what to offer next (try the passphrase again, or not)."""

    UNREADABLE = "unreadable"  # the file itself could not be read
    NOT_A_PACKAGE = "not_a_package"
    TOO_LARGE = "too_large"
    CUT_SHORT = "cut_short"
    TOO_NEW = "too_new"
    UNKNOWN_VERSION = "unknown_version"
    MALFORMED_PASSPHRASE = "malformed_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    DAMAGED = "damaged"
    INVALID_CONTENT = "invalid_content"
    DOES_NOT_FIT = "does_not_fit"  # valid, but the receiving vault refused it; nothing was imported


class PackageError(Refusal):
    """A transfer package that cannot be opened or imported: `problem` for what to offer next, `code` for the
    words; its parameters name fields and entries, never their content."""

    def __init__(self, problem: Problem, code: Code, **params: Param):
        super().__init__(code, **params)
        self.problem = problem
