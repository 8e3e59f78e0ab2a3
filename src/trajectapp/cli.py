"""The command line: the GUI by default, plus `demo` and `check`.

A passphrase is never an argument: it comes from standard input when that is
not a terminal, and from a prompt that does not echo otherwise.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trajectapp import APP_NAME, __version__
from trajectapp.core_dumps import forbid_core_dumps
from trajectapp.domain.messages import Code, Refusal

if TYPE_CHECKING:
    from trajectapp.vault.kdf import KdfFloor, KdfParams

_COMMANDS = ("demo", "check")
# The command line has no Qt to translate with: it says in English what the vault's refusals mean (the interface's
# words are in ui/messages.py). Anything else is told by its code.
_DAMAGED = "The vault's database is damaged ({}). Your passphrase is correct. Restore the vault folder from a backup."
_VAULT_WORDS = {
    Code.PASSPHRASE_WRONG: "That passphrase does not open this vault.",
    Code.NOT_A_VAULT: "{folder} is not a Trajectapp vault.",
    Code.VAULT_EXISTS: "There is already a vault in {folder}. Nothing has been changed.",
    Code.FOLDER_NOT_EMPTY: "{folder} already holds other files. Choose an empty folder for the vault.",
    Code.KEY_FILE_MISSING: "The vault's key file (vault.key) is missing. Put vault.key back from a backup.",
    Code.KEY_FILE_UNREADABLE: "The vault's key file (vault.key) cannot be read. Restore vault.key from a backup.",
    Code.KEY_FILE_DAMAGED: "The vault's key file (vault.key) is damaged. Restore vault.key from a backup.",
    Code.KEY_FILE_TAMPERED: (
        "The vault's key file (vault.key) asks for key settings that Trajectapp never uses: it is damaged or has"
        " been tampered with. Restore vault.key from a backup."
    ),
    Code.DATABASE_MISSING: _DAMAGED.format("the database file is missing or empty"),
    Code.DATABASE_UNREADABLE: _DAMAGED.format("it cannot be read"),
    Code.DATABASE_PAGES_DAMAGED: _DAMAGED.format("some pages fail their integrity check"),
    Code.DATABASE_FIRST_PAGE_DAMAGED: _DAMAGED.format("the first page cannot be read"),
    Code.DATABASE_STRUCTURE_DAMAGED: _DAMAGED.format("its structure is inconsistent"),
    Code.DATABASE_WITHOUT_DATA: _DAMAGED.format("it holds no Trajectapp data"),
    Code.DATABASE_LOG_DAMAGED: _DAMAGED.format(
        "the file of its latest changes, vault.db-wal, is damaged, and changes saved after the damage cannot be read"
    )
    + " Keep a copy of the vault folder as it is.",
    Code.VAULT_TOO_NEW: "This vault was made by a newer version of Trajectapp. Open it with that version.",
    Code.MIGRATION_FAILED: "This vault could not be updated ({error_type}); a copy from before the update is kept.",
    Code.VAULT_ACCESS_DENIED: "Trajectapp is not allowed to read or write in {folder}. The vault is not damaged:"
    " check that this folder and its files belong to your account.",
    Code.VAULT_READ_ONLY: "{folder} is on a disk that cannot be written to. The vault is not damaged:"
    " make the disk writable or copy the vault folder to another disk.",
    Code.VAULT_DISK_FULL: "The disk that holds {folder} is full. The vault is not damaged: free some space on it.",
    Code.VAULT_IN_USE: "The vault in {folder} is open in another running copy of Trajectapp."
    " Lock the vault or close Trajectapp there, then try again.",
}


def refusal_text(error: Refusal) -> str:
    """English words for a refusal the command line can meet."""
    words = _VAULT_WORDS.get(error.code)
    return words.format(**error.params) if words else f"Refused: {error}."


def read_passphrase(prompt: str, confirm: bool = False) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    passphrase = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise SystemExit("The two passphrases differ; nothing was created.")
    return passphrase


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trajectapp", description=f"{APP_NAME}: encrypted case files.")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--vault", type=Path, help="the vault folder to open")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trajectapp")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="create a vault filled with fictional demo cases")
    demo.add_argument("--vault", type=Path, required=True)
    demo.add_argument("--cases", type=int, default=12)
    demo.add_argument("--seed", type=int, default=2017)
    check = commands.add_parser("check", help="check a vault's integrity and count its records")
    check.add_argument("--vault", type=Path, required=True)
    return parser


def _demo(args: argparse.Namespace, choose_kdf: Callable[[], KdfParams | None]) -> int:
    from trajectapp.services.demo import create_demo_vault
    from trajectapp.vault.errors import VaultError

    if args.cases < 0:
        print("--cases must be 0 or more.", file=sys.stderr)
        return 2
    passphrase = read_passphrase("Passphrase for the demo vault: ", confirm=True)
    if not passphrase:
        print("An empty passphrase is not accepted; nothing was created.", file=sys.stderr)
        return 2
    try:
        count = create_demo_vault(args.vault, passphrase, cases=args.cases, seed=args.seed, kdf=choose_kdf())
    except VaultError as error:
        print(refusal_text(error), file=sys.stderr)
        return 1
    print(f"Created a demo vault with {count} fictional cases in {args.vault}")
    return 0


def _check(args: argparse.Namespace, kdf_floor: KdfFloor | None) -> int:
    from trajectapp.services.check import check_vault
    from trajectapp.vault.kdf import PRODUCTION_FLOOR

    report = check_vault(args.vault, read_passphrase("Passphrase: "), kdf_floor or PRODUCTION_FLOOR)
    for line in [refusal_text(report.refusal)] if report.refusal else report.lines():
        print(line, file=sys.stdout if report.outcome == 0 else sys.stderr)
    return report.outcome


def main(
    argv: list[str] | None = None,
    *,
    choose_kdf: Callable[[], KdfParams | None] = lambda: None,
    kdf_floor: KdfFloor | None = None,
) -> int:
    """`choose_kdf` gives the Argon2id parameters of the vault `demo` makes (None: calibrate on this machine), and
    `kdf_floor` the cheapest a key file may ask for (None: the least the application writes). No argument or
    setting reaches them: only a caller in Python can pass them, as the tests do for cheap vaults."""
    forbid_core_dumps()  # before any passphrase is read
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in _COMMANDS:
        args = _command_parser().parse_args(argv)
        return _demo(args, choose_kdf) if args.command == "demo" else _check(args, kdf_floor)
    args = _parser().parse_args(argv)
    from trajectapp.ui.shell.start import run_application  # Qt only for the GUI

    return run_application(vault_folder=args.vault)
