"""The main window: menus, toolbar and status bar around whichever screen is current."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from trajectapp import APP_NAME
from trajectapp.resource_path import resource_path


class MainWindow(QMainWindow):
    """Holds no case data itself; the controller puts screens into it and takes them out."""

    closing = Signal()

    def __init__(self):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resource_path("icons", "trajectapp.svg"))))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._make_menus()
        self.status_text = QLabel(self)
        self.statusBar().addWidget(self.status_text, 1)
        self.resize(1024, 680)

    def _action(self, text: str, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        return action

    def _make_actions(self) -> None:
        self.new_case_action = self._action(self.tr("&New case…"), QKeySequence.New, self.tr("Add a person to the caseload"))
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.tr("Lock the vault now"))
        self.change_passphrase_action = self._action(self.tr("&Change passphrase…"))
        self.open_vault_action = self._action(self.tr("&Open another vault…"), QKeySequence.Open)
        self.preferences_action = self._action(self.tr("&Preferences…"), QKeySequence.Preferences)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.Quit)
        self.about_action = self._action(self.tr("&About Trajectapp"))
        self.quit_action.triggered.connect(self.close)

    def _make_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.open_vault_action)
        vault_menu.addAction(self.change_passphrase_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        case_menu.addAction(self.new_case_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_case_action)
        toolbar.addAction(self.lock_action)

    def set_unlocked(self, unlocked: bool) -> None:
        for action in (self.new_case_action, self.lock_action, self.change_passphrase_action):
            action.setEnabled(unlocked)
        self.open_vault_action.setEnabled(not unlocked)

    def show_screen(self, screen: QWidget) -> None:
        """Make `screen` the only one shown; the previous one is destroyed."""
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.stack.addWidget(screen)
        screen.setFocus()

    def screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
