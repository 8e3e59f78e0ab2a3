"""The words of every message the core can give a person (domain.messages), translated in the "Messages" context;
a field a message names is shown by its label, translated in the "Fields" context (domain.field_labels)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from trajectapp.domain import field_labels
from trajectapp.domain.messages import Code, Param, Refusal
from trajectapp.domain.wording import QT_TRANSLATE_NOOP

CONTEXT = "Messages"
_PLACEHOLDER = re.compile(r"%([1-9])")

# Each code's words, then the names of the parameters that fill %1, %2... in that order.
WORDS: dict[Code, tuple[str, ...]] = {
    # -- one field's value ------------------------------------------------------------------------------------
    # A field's label is quoted, never the subject of the sentence: many labels are phrases ("Wants to be called").
    Code.TEXT_CONTROL_CHARACTER: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is an invisible control character in “%1”, perhaps pasted from another program. Remove it and "
            "save again.",
        ),
        "field",
    ),
    Code.TEXT_EMPTY: (QT_TRANSLATE_NOOP("Messages", "Fill in “%1”: it cannot be left empty."), "field"),
    Code.TEXT_TOO_LONG: (
        QT_TRANSLATE_NOOP("Messages", "Shorten “%1” to at most %2 characters."),
        "field",
        "limit",
    ),
    Code.VALUE_NEEDED: (QT_TRANSLATE_NOOP("Messages", "Fill in “%1”."), "field"),
    Code.NOT_A_DATE: (QT_TRANSLATE_NOOP("Messages", "Give a date in “%1”."), "field"),
    Code.DATE_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("Messages", "The date in “%1” cannot be right: use a date between %2 and %3."),
        "field",
        "earliest",
        "latest",
    ),
    Code.DATE_TIME_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("Messages", "In “%1”, give a date and time between %2 and %3."),
        "field",
        "earliest",
        "latest",
    ),
    Code.SCORE_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("Messages", "In “%1”, give a whole number from %2 to %3."),
        "field",
        "low",
        "high",
    ),
    Code.NOT_A_CHOICE: (QT_TRANSLATE_NOOP("Messages", "In “%1”, choose one of the options."), "field"),
    Code.DURATION_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("Messages", "In “%1”, give a number of minutes, at most a day."),
        "field",
    ),
    # -- links between the records of a case -------------------------------------------------------------------
    Code.SESSION_NOT_IN_CASE: (QT_TRANSLATE_NOOP("Messages", "This session is not part of the case."),),
    Code.FACTOR_NOT_IN_CASE: (QT_TRANSLATE_NOOP("Messages", "Choose factors of this case."),),
    Code.NEED_NOT_IN_CASE: (QT_TRANSLATE_NOOP("Messages", "That need is not one of this person's."),),
    Code.STRENGTH_NOT_IN_CASE: (QT_TRANSLATE_NOOP("Messages", "That strength is not one of this person's."),),
    Code.PERIOD_REVERSED: (QT_TRANSLATE_NOOP("Messages", "The first day of the period comes after the last."),),
    Code.PARTICIPANT_NOT_A_SERVICE: (
        QT_TRANSLATE_NOOP("Messages", "Only a partner service can be chosen from the directory."),
    ),
    Code.PERSPECTIVE_EMPTY: (QT_TRANSLATE_NOOP("Messages", "Write down at least one of the two answers."),),
    Code.GOAL_WITHOUT_DOMAIN: (QT_TRANSLATE_NOOP("Messages", "Link the goal to at least one life domain."),),
    Code.STEP_WITHOUT_SERVICE: (QT_TRANSLATE_NOOP("Messages", "Choose the partner service that does this step."),),
    Code.PLAN_WITHOUT_GOAL: (QT_TRANSLATE_NOOP("Messages", "A plan needs at least one goal that is not dropped."),),
    Code.ANSWER_WITHOUT_SERVICE: (QT_TRANSLATE_NOOP("Messages", "Choose the partner service that answers."),),
    Code.ANSWER_WITHOUT_PARTY: (QT_TRANSLATE_NOOP("Messages", "Say who answers."),),
    Code.ANSWER_BEFORE_VERSION: (
        QT_TRANSLATE_NOOP("Messages", "An answer cannot come before the plan version it answers."),
    ),
    # -- the vault-wide lists ------------------------------------------------------------------------------------
    Code.CATEGORY_NAME_TAKEN: (
        QT_TRANSLATE_NOOP("Messages", "There is already a category with this name (it may be hidden)."),
    ),
    Code.CATEGORY_SHIPPED: (
        QT_TRANSLATE_NOOP("Messages", "A category that comes with Trajectapp can be hidden, not deleted."),
    ),
    Code.CATEGORY_IN_USE: (QT_TRANSLATE_NOOP("Messages", "Factors use this category: hide it instead."),),
    Code.DOMAIN_NAME_TAKEN: (
        QT_TRANSLATE_NOOP("Messages", "There is already a life domain with this name (it may be hidden)."),
    ),
    Code.DOMAIN_SHIPPED: (
        QT_TRANSLATE_NOOP("Messages", "A life domain that comes with Trajectapp can be hidden, not deleted."),
    ),
    Code.DOMAIN_IN_USE: (QT_TRANSLATE_NOOP("Messages", "Records are filed under this life domain: hide it instead."),),
    Code.DOMAIN_SENSITIVITY_FIXED: (
        QT_TRANSLATE_NOOP("Messages", "The sensitivity of a life domain that comes with Trajectapp is fixed."),
    ),
    Code.DOMAIN_SENSITIVITY_IN_USE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Records are filed under this life domain: its sensitivity can be added, but not taken away or changed.",
        ),
    ),
    # -- a record that is not (or no longer) there ------------------------------------------------------------
    Code.CASE_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This case is no longer in the vault."),),
    Code.CONSENT_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This consent is no longer in the case file."),),
    Code.SERVICE_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This partner service is no longer in the directory."),),
    Code.INVOLVEMENT_NOT_FOUND: (
        QT_TRANSLATE_NOOP("Messages", "This partner service is no longer involved in the case."),
    ),
    Code.CATEGORY_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This factor category is no longer there."),),
    Code.FACTOR_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This factor is no longer in the case file."),),
    Code.STRENGTH_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This strength is no longer in the case file."),),
    Code.DOMAIN_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This life domain is no longer there."),),
    Code.ASSESSMENT_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This assessment is no longer in the case file."),),
    Code.EXTERNAL_ASSESSMENT_NOT_FOUND: (
        QT_TRANSLATE_NOOP("Messages", "This risk assessment record is no longer in the case file."),
    ),
    Code.GOAL_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This goal is no longer in the plan."),),
    Code.STEP_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This step is no longer in the plan."),),
    Code.PLAN_VERSION_NOT_FOUND: (QT_TRANSLATE_NOOP("Messages", "This version of the plan is no longer there."),),
    Code.SELECTION_OUT_OF_DATE: (
        QT_TRANSLATE_NOOP("Messages", "The case has changed since the items were chosen: choose them again."),
    ),
    # -- sharing ---------------------------------------------------------------------------------------------
    Code.RECIPIENT_NOT_IN_DIRECTORY: (
        QT_TRANSLATE_NOOP("Messages", "Recipient: choose a partner service from the directory."),
    ),
    Code.OVERRIDE_WITHOUT_REASON: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The case's recorded consent does not cover this recipient: give the reason for sharing all the same.",
        ),
    ),
    Code.NO_ITEMS: (QT_TRANSLATE_NOOP("Messages", "Choose at least one item to share."),),
    Code.ITEMS_MALFORMED: (QT_TRANSLATE_NOOP("Messages", "Items: name each item by its key and label."),),
    Code.FILE_NAME_WITH_FOLDER: (
        QT_TRANSLATE_NOOP("Messages", "File name: give the file's name only, without its folder."),
    ),
    Code.DOCUMENT_WITHOUT_TITLE: (
        QT_TRANSLATE_NOOP("Messages", "Document: give its title, such as Session notes of 2026-11-06."),
    ),
    Code.DOCUMENT_UNKNOWN: (QT_TRANSLATE_NOOP("Messages", "Document: name it by its key, such as session_notes."),),
    Code.PACKAGE_WITHOUT_NAME: (
        QT_TRANSLATE_NOOP(
            "Messages", "A transfer package opens as a case, and a case needs a name: select the person's name."
        ),
    ),
    Code.CASE_TOO_LARGE_FOR_PACKAGE: (
        QT_TRANSLATE_NOOP("Messages", "This case is too large for a transfer package (more than %1 MiB)."),
        "megabytes",
    ),
    Code.CASE_NOT_PACKABLE: (
        QT_TRANSLATE_NOOP("Messages", "This case cannot go into a transfer package (%1)."),
        "detail",
    ),
    # -- the vault ----------------------------------------------------------------------------------------------
    Code.VAULT_LOCKED: (QT_TRANSLATE_NOOP("Messages", "The vault is locked."),),
    Code.PASSPHRASE_WRONG: (
        QT_TRANSLATE_NOOP("Messages", "That passphrase does not open this vault. Check it and try again."),
    ),
    Code.CURRENT_PASSPHRASE_WRONG: (
        QT_TRANSLATE_NOOP("Messages", "The current passphrase is not correct. Nothing has been changed."),
    ),
    Code.RECOVERY_KEY_WRONG: (
        QT_TRANSLATE_NOOP("Messages", "That recovery key does not open this vault. Check each group and try again."),
    ),
    Code.VAULT_EXISTS: (
        QT_TRANSLATE_NOOP("Messages", "There is already a vault in %1. Nothing has been changed."),
        "folder",
    ),
    Code.FOLDER_NOT_EMPTY: (
        QT_TRANSLATE_NOOP("Messages", "%1 already holds other files. Choose an empty folder for the vault."),
        "folder",
    ),
    Code.NOT_A_VAULT: (QT_TRANSLATE_NOOP("Messages", "%1 is not a Trajectapp vault."), "folder"),
    Code.KEY_FILE_MISSING: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's key file (vault.key) is missing, so the vault cannot be opened. Put vault.key back from a "
            "backup. Nothing has been changed.",
        ),
    ),
    Code.KEY_FILE_UNREADABLE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's key file (vault.key) cannot be read, so the vault cannot be opened. Restore vault.key from "
            "a backup. Nothing has been changed.",
        ),
    ),
    Code.KEY_FILE_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's key file (vault.key) is damaged, so the vault cannot be opened. Restore vault.key from a "
            "backup. Nothing has been changed.",
        ),
    ),
    Code.KEY_FILE_TAMPERED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's key file (vault.key) asks for key settings that Trajectapp never uses: it is damaged or "
            "has been tampered with, so the vault cannot be opened. Restore vault.key from a backup. Nothing has "
            "been changed.",
        ),
    ),
    Code.DATABASE_MISSING: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (the database file is missing or empty). Your passphrase is correct. "
            "Restore the vault folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.DATABASE_UNREADABLE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (it cannot be read). Your passphrase is correct. Restore the vault "
            "folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.DATABASE_PAGES_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (some pages fail their integrity check). Your passphrase is correct. "
            "Restore the vault folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.DATABASE_FIRST_PAGE_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (the first page cannot be read). Your passphrase is correct. Restore "
            "the vault folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.DATABASE_STRUCTURE_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (its structure is inconsistent). Your passphrase is correct. Restore "
            "the vault folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.DATABASE_WITHOUT_DATA: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (it holds no Trajectapp data). Your passphrase is correct. Restore the "
            "vault folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.DATABASE_LOG_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's database is damaged (the file of its latest changes, vault.db-wal, is damaged, and changes "
            "saved after the damage cannot be read). Your passphrase is correct. Keep a copy of the vault folder as it "
            "is, and restore the vault folder from a backup. Nothing has been changed.",
        ),
    ),
    Code.VAULT_TOO_NEW: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This vault was made by a newer version of Trajectapp. Open it with that version. Nothing has been "
            "changed.",
        ),
    ),
    Code.MIGRATION_FAILED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This vault could not be updated to the current version of Trajectapp (%1). Its data is as it was, and "
            "a copy from before the update is kept next to it. Nothing has been changed.",
        ),
        "error_type",
    ),
    Code.INTEGRITY_PAGES_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Trajectapp checked this vault after opening it and found damage: some pages of its database fail their "
            "integrity check, so part of what you see or save may be lost. Stop working in this vault, lock it and "
            "restore the vault folder from a backup.",
        ),
    ),
    Code.INTEGRITY_STRUCTURE_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Trajectapp checked this vault after opening it and found damage: the structure of its database is "
            "inconsistent, so part of what you see or save may be lost. Stop working in this vault, lock it and "
            "restore the vault folder from a backup.",
        ),
    ),
    Code.INTEGRITY_UNREADABLE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Trajectapp checked this vault after opening it and found damage: part of its database cannot be read, "
            "so part of what you see or save may be lost. Stop working in this vault, lock it and restore the vault "
            "folder from a backup.",
        ),
    ),
    Code.VAULT_ACCESS_DENIED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Trajectapp is not allowed to read or write in %1. The vault is not damaged: check that this folder and "
            "its files belong to your account (your IT support can help), or choose another folder. Nothing has been "
            "changed.",
        ),
        "folder",
    ),
    Code.VAULT_READ_ONLY: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 is on a disk that cannot be written to. The vault is not damaged: make the disk writable (a USB stick "
            "may have a lock switch) or use a folder on another disk, then try again. Nothing has been changed.",
        ),
        "folder",
    ),
    Code.VAULT_DISK_FULL: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The disk that holds %1 is full. The vault is not damaged: free some space on that disk, then try again. "
            "Nothing has been changed.",
        ),
        "folder",
    ),
    Code.VAULT_IN_USE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vault in %1 is open in another running copy of Trajectapp. Lock the vault or close Trajectapp there, "
            "then try again. Nothing has been changed.",
        ),
        "folder",
    ),
    # -- a disk that refuses a write ---------------------------------------------------------------------------
    Code.DISK_FULL: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is no room left on the disk for %1. Nothing was saved; what you typed is still here. Free some "
            "space on the disk, then save again.",
        ),
        "file",
    ),
    Code.FOLDER_READ_ONLY: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "Trajectapp may not write to %1: the folder or the disk is read-only. Nothing was saved; what you typed "
            "is still here. Make the folder writable (or ask your IT support), then save again.",
        ),
        "file",
    ),
    Code.DISK_WRITE_FAILED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The disk could not write to %1, or the vault folder is no longer there. Nothing was saved; what you "
            "typed is still here. Check that the disk is connected, then save again.",
        ),
        "file",
    ),
    # -- a transfer package coming in -----------------------------------------------------------------------------
    Code.PACKAGE_UNREADABLE: (
        QT_TRANSLATE_NOOP("Messages", "The file could not be read (%1). Nothing has been imported."),
        "reason",
    ),
    Code.PACKAGE_TOO_LARGE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This file is too large to be a Trajectapp transfer package (more than %1 MiB). Nothing has been imported.",
        ),
        "megabytes",
    ),
    Code.NOT_A_PACKAGE: (
        QT_TRANSLATE_NOOP("Messages", "This file is not a Trajectapp transfer package. Nothing has been imported."),
    ),
    Code.PACKAGE_CUT_SHORT: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This package has been cut short: it ends before its content begins. Ask for it to be sent again. "
            "Nothing has been imported.",
        ),
    ),
    Code.PACKAGE_TOO_NEW: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This package was made by a newer version of Trajectapp. Update Trajectapp and import it again. Nothing "
            "has been imported.",
        ),
    ),
    Code.PACKAGE_UNKNOWN_VERSION: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This package has a version number no version of Trajectapp has made: it is damaged. Nothing has been "
            "imported.",
        ),
    ),
    Code.PACKAGE_NOT_GENUINE: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This package asks for more memory or time to open than any Trajectapp package needs: it is damaged or "
            "not genuine. Nothing has been imported.",
        ),
    ),
    Code.PACKAGE_PASSPHRASE_MALFORMED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "A package's passphrase has %1 letters and digits, in %2 groups of %3; what was typed is not like that. "
            "Check it against the slip and type it again.",
        ),
        "length",
        "groups",
        "group_size",
    ),
    Code.PACKAGE_PASSPHRASE_WRONG: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This passphrase does not open the package. Check it against the slip, group by group, and type it again.",
        ),
    ),
    Code.PACKAGE_CHANGED: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "The passphrase is right, but the package has been cut short or changed since it was made. Ask for it "
            "to be sent again. Nothing has been imported.",
        ),
    ),
    Code.PACKAGE_CONTENT_INVALID: (
        QT_TRANSLATE_NOOP(
            "Messages",
            "This package cannot be imported: its content is not what Trajectapp expects (%1). Nothing has been "
            "imported.",
        ),
        "detail",
    ),
    Code.PACKAGE_DOES_NOT_FIT: (
        QT_TRANSLATE_NOOP("Messages", "The package's case does not fit in this vault (%1). Nothing has been imported."),
        "detail",
    ),
}


def message_text(error: BaseException) -> str:
    """The translated words for `error`: a Refusal's own, and for anything else a sentence that names its type."""
    if not isinstance(error, Refusal):
        return QCoreApplication.translate("Messages", "This could not be done (%1).").replace(
            "%1", type(error).__name__
        )
    template, *order = WORDS[error.code]
    values = [_shown(name, error.params[name]) for name in order]
    return _PLACEHOLDER.sub(
        lambda found: values[int(found.group(1)) - 1], QCoreApplication.translate(CONTEXT, template)
    )


def field_label(field: str) -> str:
    """The translated label of a field the core names; its name made readable if it has none."""
    label = field_labels.FIELD_LABELS.get(field)
    if label is None:
        return field.replace("_", " ").capitalize()
    return QCoreApplication.translate(field_labels.CONTEXT, label)


def _shown(name: str, value: Param) -> str:
    return field_label(str(value)) if name == "field" else str(value)
