"""The main window: menus, toolbar and status bar around whichever screen is current."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from trajectapp import APP_NAME
from trajectapp.resource_path import resource_path


class MainWindow(QMainWindow):
    """Holds no case data itself; the controller puts screens into it and takes them out."""

    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resource_path("icons", "trajectapp.svg"))))
        self.stack = QStackedWidget(self)
        self.presentation_banner = QLabel(self)
        self.presentation_banner.setObjectName("presentationBanner")
        self.presentation_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.presentation_banner.hide()
        self.lock_warning = QLabel(self)
        self.lock_warning.setObjectName("lockWarning")
        self.lock_warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lock_warning.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.presentation_banner)
        layout.addWidget(self.lock_warning)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self._make_menus()
        self.status_text = QLabel(self)
        self.statusBar().addWidget(self.status_text, 1)
        self.resize(1024, 680)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    def _make_actions(self) -> None:
        self.new_case_action = self._action(
            self.tr("&New case…"), QKeySequence.StandardKey.New, self.tr("Add a person to the caseload")
        )
        self.caseload_action = self._action(self.tr("Case&load"), "Ctrl+0", self.tr("Back to the caseload"))
        self.presentation_action = self._action(
            self.tr("&Presentation mode"),
            "Ctrl+Shift+P",
            self.tr("Hide the caseload and sensitive fields while the screen faces the person"),
        )
        self.presentation_action.setCheckable(True)
        self.directory_action = self._action(self.tr("Partner &services…"))
        self.domains_action = self._action(
            self.tr("&Life domains…"), tip=self.tr("The life domains under which needs are assessed")
        )
        self.factor_categories_action = self._action(self.tr("&Factor categories…"))
        self.agenda_action = self._action(
            self.tr("&Agenda"),
            "Ctrl+2",
            self.tr("Sessions, due actions, releases and cases without contact in this week and the next"),
        )
        self.find_action = self._action(
            self.tr("&Find in notes…"),
            QKeySequence.StandardKey.Find,
            self.tr("Search every note and free-text field of the vault"),
        )
        self.print_action = self._action(
            self.tr("&Print…"),
            QKeySequence.StandardKey.Print,
            self.tr("Print the notes of a session, of a period, or a case summary"),
        )
        self.export_action = self._action(
            self.tr("&Export case…"),
            "Ctrl+E",
            self.tr(
                "Hand over chosen parts of this case: an encrypted PDF for a service or the person, "
                "or a transfer package"
            ),
        )
        self.import_action = self._action(
            self.tr("&Import transfer package…"), tip=self.tr("Open a case another consultant handed over")
        )
        self.register_action = self._action(
            self.tr("&Disclosure register"),
            tip=self.tr("Everything that left the vault: who received what, when and why"),
        )
        self.save_pdf_action = self._action(
            self.tr("Save as P&DF…"),
            "Ctrl+Shift+S",
            self.tr("Save a document of this case as a PDF file, protected by a password"),
        )
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.tr("Lock the vault now"))
        self.change_passphrase_action = self._action(self.tr("&Change passphrase…"))
        self.open_vault_action = self._action(self.tr("&Open another vault…"), QKeySequence.StandardKey.Open)
        self.preferences_action = self._action(self.tr("&Preferences…"), QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.tr("&About Trajectapp"))
        self.quit_action.triggered.connect(self.close)

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.open_vault_action)
        file_menu.addAction(self.change_passphrase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.save_pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.register_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        case_menu.addAction(self.new_case_action)
        case_menu.addAction(self.caseload_action)
        case_menu.addAction(self.agenda_action)
        case_menu.addAction(self.find_action)
        case_menu.addSeparator()
        case_menu.addAction(self.directory_action)
        case_menu.addAction(self.domains_action)
        case_menu.addAction(self.factor_categories_action)
        view_menu = self.menuBar().addMenu(self.tr("V&iew"))
        view_menu.addAction(self.presentation_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.caseload_action)
        toolbar.addAction(self.agenda_action)
        toolbar.addAction(self.new_case_action)
        toolbar.addSeparator()
        toolbar.addAction(self.presentation_action)
        toolbar.addAction(self.lock_action)

    def set_unlocked(self, unlocked: bool, presentation: bool = False) -> None:
        """Enable what makes sense: in presentation mode only what shows the open case."""
        for action in (
            self.new_case_action,
            self.caseload_action,
            self.change_passphrase_action,
            self.directory_action,
            self.domains_action,
            self.factor_categories_action,
            self.agenda_action,
            self.find_action,
            self.export_action,
            self.import_action,
            self.register_action,
        ):
            action.setEnabled(unlocked and not presentation)
        for action in (self.lock_action, self.print_action, self.save_pdf_action):
            action.setEnabled(unlocked)
        self.presentation_action.setEnabled(unlocked)
        self.open_vault_action.setEnabled(not unlocked)

    def show_presentation_banner(self, on: bool) -> None:
        self.presentation_banner.setText(
            self.tr("Presentation mode: other people's data and sensitive fields are hidden. Ctrl+Shift+P to leave.")
        )
        self.presentation_banner.setVisible(on)
        self.presentation_action.setChecked(on)
        self.setWindowTitle(APP_NAME + (" — " + self.tr("Presentation mode") if on else ""))

    def show_lock_warning(self, seconds: int | None) -> None:
        """Say that an auto-lock comes in `seconds`; None: it does not any more."""
        if seconds is not None:
            self.lock_warning.setText(self.tr("Locking in %1 s — move the mouse to stay").replace("%1", str(seconds)))
        self.lock_warning.setVisible(seconds is not None)

    def show_screen(self, screen: QWidget) -> None:
        """Make `screen` the only one shown; the previous one is destroyed."""
        while self.stack.count():
            old = self.stack.widget(0)
            assert old is not None, "a stack with a count has a first widget"
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.stack.addWidget(screen)
        screen.setFocus()

    def current_screen(self) -> QWidget | None:
        """The screen shown (unlock, setup, workspace); not screen(), Qt's QScreen the window is on."""
        return self.stack.currentWidget()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
