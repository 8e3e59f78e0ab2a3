"""Moves the GUI between its states: setup, locked and unlocked (ui/shell/start.py starts it)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from trajectapp import __version__
from trajectapp.domain.languages import Language
from trajectapp.domain.messages import Code, Refusal, log_text
from trajectapp.freed_memory import release_freed_memory
from trajectapp.paths import default_vault_dir
from trajectapp.services.drafts import has_draft
from trajectapp.services.integrity import IntegrityCheck
from trajectapp.services.open_vault import OpenVault
from trajectapp.services.opening import (
    PRODUCTION_FLOOR,
    FolderState,
    KdfFloor,
    KdfParams,
    change_passphrase,
    folder_state,
)
from trajectapp.ui.ask import Ask
from trajectapp.ui.background import run_in_background
from trajectapp.ui.catalogues.catalogue_editor import CatalogueEditor
from trajectapp.ui.catalogues.factor_categories import FactorCategoriesDialog
from trajectapp.ui.catalogues.life_domains import DomainsDialog
from trajectapp.ui.directory.directory_dialog import DirectoryDialog
from trajectapp.ui.idle import IdleWatcher
from trajectapp.ui.messages import message_text
from trajectapp.ui.passphrase.change_dialog import ChangePassphraseDialog
from trajectapp.ui.preferences import Preferences
from trajectapp.ui.search.search_page import TYPING_PAUSES, TypingPauses
from trajectapp.ui.setup.setup_wizard import SetupWizard
from trajectapp.ui.shell.main_window import MainWindow
from trajectapp.ui.shell.preferences_dialog import PreferencesDialog
from trajectapp.ui.shell.workspace import Workspace
from trajectapp.ui.sleep_watch import SleepWatch
from trajectapp.ui.translations import install_language
from trajectapp.ui.unlock.unlock_screen import UnlockScreen

log = logging.getLogger(__name__)

SETUP, LOCKED, UNLOCKED = "setup", "locked", "unlocked"
# The editors of the vault-wide lists; each keeps a draft of an edit open at a lock, and opens again to it.
_CATALOGUES = (DirectoryDialog, DomainsDialog, FactorCategoriesDialog)


class AppController(QObject):
    """Owns the open vault (if any) and decides which screen the window shows."""

    def __init__(
        self,
        *,
        app: QApplication,
        preferences: Preferences,
        ask: Ask,
        vault_folder: Path | None = None,
        choose_kdf: Callable[[], KdfParams | None] = lambda: None,
        kdf_floor: KdfFloor = PRODUCTION_FLOOR,
        search_pauses: TypingPauses = TYPING_PAUSES,
    ):
        super().__init__()  # owned by whoever runs it, not by the QApplication, which outlives it
        self._app = app
        self._preferences = preferences
        self._ask = ask
        self._choose_kdf = choose_kdf  # None: calibrate on this machine
        self._kdf_floor = kdf_floor  # the cheapest Argon2id a key file may ask for; tests read their cheap vaults
        self._search_pauses = search_pauses
        self.folder = vault_folder or preferences.last_vault or default_vault_dir()
        self.vault: OpenVault | None = None
        self.integrity_check: IntegrityCheck | None = None
        self.state = SETUP
        # Where the user was, kept in memory only, to come back to after unlocking.
        self._selected_case_id: int | None = None
        self._open_case_id: int | None = None
        self.presentation_mode = False
        self._make_window()

    def _make_window(self) -> None:
        """The main window, its actions and the idle watcher that lives with it."""
        self.window = MainWindow()
        self.idle = IdleWatcher(self._app, self._preferences.auto_lock_minutes * 60_000, parent=self.window)
        self.idle.idle.connect(lambda: self.lock(reason="auto"))
        self.idle.warning.connect(self.window.show_lock_warning)
        self.idle.stayed.connect(lambda: self.window.show_lock_warning(None))
        self.sleep_watch = SleepWatch(parent=self.window)
        self.sleep_watch.going_to_sleep.connect(lambda: self.lock(reason="sleep"))
        window = self.window
        window.lock_action.triggered.connect(lambda: self.lock(reason="manual"))
        window.new_case_action.triggered.connect(self._new_case)
        window.caseload_action.triggered.connect(lambda: self._in_workspace("show_caseload"))
        window.presentation_action.triggered.connect(self.set_presentation_mode)
        # What these act on is the workspace's business: the open case, or the caseload.
        for action, name in (
            (window.agenda_action, "show_agenda"),
            (window.find_action, "find_in_notes"),
            (window.print_action, "print_document"),
            (window.save_pdf_action, "save_as_pdf"),
            (window.export_action, "export_case"),
            (window.import_action, "import_package"),
            (window.register_action, "show_register"),
        ):
            action.triggered.connect(lambda _checked=False, name=name: self._in_workspace(name))
        for action, editor in (
            (window.directory_action, DirectoryDialog),
            (window.domains_action, DomainsDialog),
            (window.factor_categories_action, FactorCategoriesDialog),
        ):
            action.triggered.connect(lambda _checked=False, editor=editor: self._show_catalogue(editor))
        window.change_passphrase_action.triggered.connect(self.change_passphrase)
        window.open_vault_action.triggered.connect(self.open_other_vault)
        window.preferences_action.triggered.connect(self.edit_preferences)
        window.about_action.triggered.connect(self._about)
        window.closing.connect(self._closing)

    def start(self) -> None:
        if self._preferences.window_geometry is not None:
            self.window.restoreGeometry(self._preferences.window_geometry)
        self.window.show()
        if folder_state(self.folder) is FolderState.VAULT:
            self.show_unlock()
        else:
            self.show_setup()

    # -- screens -------------------------------------------------------------

    def show_setup(self) -> None:
        """The wizard; it can be cancelled back to the unlock screen when there is a vault."""
        has_vault = folder_state(self.folder) is FolderState.VAULT
        folder = self.folder if folder_state(self.folder) is FolderState.EMPTY else default_vault_dir()
        wizard = SetupWizard(
            folder, self._ask, self._choose_kdf, can_cancel=has_vault, language=self._preferences.language
        )
        wizard.created.connect(self._unlocked)
        wizard.cancelled.connect(self.show_unlock)
        wizard.language_chosen.connect(self._change_language)
        self.state = SETUP
        self.window.set_unlocked(False)
        self.window.show_screen(wizard)
        self.window.status_text.setText(self.tr("Create your vault"))

    def _change_language(self, language: Language) -> None:
        """The window again, in the language chosen on the wizard's first page: its words are set when it is
        made, and nothing is open yet that a new one would lose."""
        self._preferences.language = language
        install_language(self._app, language)
        earlier = self.window
        self._make_window()
        self.window.restoreGeometry(earlier.saveGeometry())
        earlier.hide()
        earlier.deleteLater()
        self.window.show()
        self.show_setup()

    def show_unlock(self, typing_lost: bool = False) -> None:
        screen = UnlockScreen(self.folder, self._ask, self._kdf_floor, typing_lost=typing_lost)
        screen.unlocked.connect(self._unlocked)
        screen.open_other.connect(self.open_other_vault)
        screen.create_new.connect(self.show_setup)
        self.state = LOCKED
        self.window.set_unlocked(False)
        self.window.show_screen(screen)
        self.window.status_text.setText(self.tr("Locked"))

    def workspace(self) -> Workspace | None:
        screen = self.window.current_screen()
        return screen if isinstance(screen, Workspace) else None

    def _unlocked(self, vault: OpenVault) -> None:
        if vault.folder != self.folder:
            self._selected_case_id = self._open_case_id = None  # another vault: nothing to come back to
        self.vault = vault
        # First: whatever fails below, an open vault is never left without its auto-lock and Ctrl+L.
        self._app.installEventFilter(self)  # Ctrl+L from inside dialogs too, while there is a vault to lock
        self.idle.activate()
        self.folder = vault.folder
        self._preferences.last_vault = vault.folder
        workspace = Workspace(vault, self._preferences, self._ask, search_pauses=self._search_pauses)
        workspace.changed.connect(self._update_status)
        workspace.page_changed.connect(self._update_actions)
        self.state = UNLOCKED
        self.window.show_screen(workspace)
        workspace.caseload.select_case(self._selected_case_id)
        if self._open_case_id is not None:
            workspace.open_case(self._open_case_id)
        workspace.set_presentation_mode(self.presentation_mode)
        workspace.restore_drafts()
        for editor in _CATALOGUES:  # a catalogue was open with an edit when it locked: back to it
            if has_draft(vault, form=editor.DRAFT_FORM) and not self.presentation_mode:
                QTimer.singleShot(0, lambda editor=editor: self._show_catalogue(editor))
                break
        self._update_actions()
        self._update_status()
        self._check_integrity(vault, workspace)

    def _check_integrity(self, vault: OpenVault, workspace: Workspace) -> None:
        """The full check, which unlocking leaves out so as not to keep the caseload waiting; its finding is shown
        only while this unlock's workspace lives, and `lock()` stops it."""
        check = self.integrity_check = IntegrityCheck(vault)
        run_in_background(check.run, self._integrity_checked, self._integrity_not_checked, context=workspace)

    def _integrity_checked(self, found: Refusal | None) -> None:
        if found is None:
            log.info("vault.integrity_checked")
            return
        log.warning("vault.integrity_damaged %s", log_text(found))
        self._ask.warn(self.window, self.tr("The vault is damaged"), message_text(found))

    def _integrity_not_checked(self, error: Exception) -> None:
        log.warning("vault.integrity_not_checked %s", log_text(error))

    def _update_actions(self) -> None:
        self.window.set_unlocked(self.state == UNLOCKED, self.presentation_mode)
        workspace = self.workspace()
        if workspace is not None:
            self.window.caseload_action.setEnabled(
                not self.presentation_mode and workspace.currentWidget() is not workspace.caseload
            )

    def _update_status(self) -> None:
        workspace = self.workspace()
        if workspace is not None:
            self.window.status_text.setText(
                self.tr("Cases: %1 · Locks after %2 min without use")
                .replace("%1", str(workspace.caseload.case_count()))
                .replace("%2", str(self._preferences.auto_lock_minutes))
            )

    def _in_workspace(self, method: str) -> None:
        if (workspace := self.workspace()) is not None:
            getattr(workspace, method)()

    def _new_case(self) -> None:
        workspace = self.workspace()
        if workspace is not None and workspace.show_caseload():
            workspace.caseload.new_case()

    def _show_catalogue(self, editor: type[CatalogueEditor]) -> None:
        """A list the whole vault shares (partner services, life domains, factor categories); what is on
        screen follows when it changed."""
        if self.vault is None or self.presentation_mode:
            return
        if editor.show_catalogue(self.window, self.vault, self._ask) and (workspace := self.workspace()) is not None:
            workspace.caseload.refresh()
            workspace.refresh_case_file()

    def set_presentation_mode(self, on: bool) -> None:
        """Kept across a lock: the screen may still face the person when it is unlocked again."""
        self.presentation_mode = bool(on)
        self.window.show_presentation_banner(self.presentation_mode)
        workspace = self.workspace()
        if workspace is not None:
            workspace.set_presentation_mode(self.presentation_mode)
        self._update_actions()
        log.info("presentation_mode.%s", "on" if self.presentation_mode else "off")

    # -- locking -------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Keep drafts where the disk lets us, close everything that shows case data, close the database.

        Nothing that fails on the way keeps the vault open: a draft the disk refuses stays only in the widgets
        that are destroyed here, and the unlock screen says that the last typing was lost."""
        if self.vault is None:
            return
        vault, self.vault = self.vault, None
        self.idle.deactivate()
        self._app.removeEventFilter(self)
        self.window.show_lock_warning(None)
        drafts_kept = self._keep_drafts_and_close_dialogs()
        self.show_unlock(typing_lost=not drafts_kept)  # destroys the caseload view
        if self.integrity_check is not None:
            check, self.integrity_check = self.integrity_check, None
            check.stop()  # before the vault closes the connection it reads
        vault.lock()
        log.info("vault.locked %s", reason)
        # Once the event loop has destroyed the workspace (lock may run inside one of its own slots).
        QTimer.singleShot(0, self, self._forget)

    def _forget(self) -> None:
        """Let go of what the workspace held, and of the memory it was in."""
        if self.vault is None:
            self._app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            release_freed_memory()

    def _keep_drafts_and_close_dialogs(self) -> bool:
        """Each step on its own, so that one that fails does not stop the others; True when all went well."""
        steps: list[Callable[[], object]] = []
        workspace = self.workspace()
        if workspace is not None:
            self._selected_case_id = workspace.caseload.selected_case_id()
            self._open_case_id = workspace.open_case_id
            steps.append(workspace.keep_drafts)
        dialogs = [w for w in self._app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        steps += [dialog.reject for dialog in dialogs]  # a dialog with a draft keeps it as it closes
        all_kept = True
        for step in steps:
            try:
                step()
            # Whatever failed (a full disk, a read-only folder, a bug), the lock goes on: a vault left open on
            # screen is worse than a lost draft, and the person is told of the loss when they come back.
            except Exception as error:
                log.warning("vault.draft_not_kept %s", log_text(error))
                all_kept = False
        for dialog in dialogs:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                QDialog.done(dialog, QDialog.DialogCode.Rejected)  # Qt's own, which keeps nothing and cannot fail
        return all_kept

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L locks even from inside a dialog, which blocks the main window's own shortcut."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.vault is not None
            and self.window.isEnabled()  # disabled while the key file is being rewritten
            and QKeySequence(event.keyCombination()) == self.window.lock_action.shortcut()
        ):
            self.lock(reason="manual")
            return True
        return False

    def _closing(self) -> None:
        self.lock(reason="quit")
        self._preferences.window_geometry = self.window.saveGeometry()
        self._preferences.sync()

    # -- actions ---------------------------------------------------------------

    def change_passphrase(self) -> None:
        """Ask for the passphrases, then re-wrap the key off the GUI thread (Argon2id runs twice)."""
        answer = ChangePassphraseDialog.get_passphrases(self.window, self._ask)
        if answer is None or self.vault is None:
            return
        current, new = answer
        vault = self.vault
        self.idle.deactivate()  # no auto-lock while the key file is being rewritten
        self.window.setEnabled(False)
        self.window.status_text.setText(self.tr("Changing the passphrase…"))
        run_in_background(
            lambda: change_passphrase(vault, current, new),
            self._passphrase_changed,
            self._passphrase_not_changed,
            context=self,
        )

    def _passphrase_changed(self, _result: object) -> None:
        self._after_passphrase_change()
        log.info("vault.passphrase_changed")
        self._ask.inform(
            self.window,
            self.tr("Passphrase changed"),
            self.tr("Use the new passphrase from now on. Your recovery key stays the same."),
        )

    def _passphrase_not_changed(self, error: Exception) -> None:
        self._after_passphrase_change()
        log.info("vault.passphrase_change_failed %s", log_text(error))
        message = (
            message_text(error)
            if isinstance(error, Refusal) and error.code is Code.CURRENT_PASSPHRASE_WRONG
            else self.tr("The passphrase could not be changed (%1). The old one still works.").replace(
                "%1", type(error).__name__
            )
        )
        self._ask.warn(self.window, self.tr("Passphrase not changed"), message)

    def _after_passphrase_change(self) -> None:
        self.window.setEnabled(True)
        self._update_status()
        if self.vault is not None:
            self.idle.activate()

    def open_other_vault(self) -> None:
        chosen = self._ask.existing_folder(self.window, self.tr("Open a vault"), self.folder.parent)
        if chosen is None:
            return
        state = folder_state(chosen)
        if state is FolderState.OTHER:
            self._ask.warn(
                self.window,
                self.tr("Not a vault"),
                self.tr("That folder is not a Trajectapp vault. A vault folder holds vault.db and vault.key."),
            )
            return
        self.folder = chosen
        if state is FolderState.VAULT:
            self.show_unlock()
        else:
            self.show_setup()

    def edit_preferences(self) -> None:
        chosen = PreferencesDialog.get_preferences(self.window, self._ask, self._preferences.values())
        if chosen is not None:
            self._preferences.apply(chosen)
            self.idle.set_timeout_ms(self._preferences.auto_lock_minutes * 60_000)
            workspace = self.workspace()
            if workspace is not None:
                workspace.caseload.refresh()  # the attention thresholds may have changed
            self._update_status()

    def _about(self) -> None:
        self._ask.inform(
            self.window,
            self.tr("About Trajectapp"),
            self.tr(
                "Trajectapp %1\nEncrypted case files for disengagement consultants. Works offline; "
                "nothing leaves this laptop unless you export it."
            ).replace("%1", __version__),
        )
