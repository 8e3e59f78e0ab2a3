"""What Qt puts on screen and what counts as words there, read from the AST: the calls whose text arguments are
shown, the string methods words pass through, and the literals a person reads (not placeholders, markup or key
names)."""

from __future__ import annotations

import ast
import re

_LETTER = re.compile(r"[^\W\d_]")
# Placeholders (%1, %L1, %n, and QProgressBar's %p %v %m), markup, entities and hexadecimal numbers (a file's
# fingerprint) hold letters but are not words.
_NOT_WORDS = re.compile(
    r"%L?[0-9]+|%[npvm]|</?[A-Za-z][^<>]*>|&[A-Za-z]+;|&#[0-9]+;|\b(?=[0-9a-f]*[0-9])[0-9a-f]{8,}\b"
)
_SHORTCUT = re.compile(r"((Ctrl|Shift|Alt|Meta)\+)+\S+|F[0-9]{1,2}")


def has_words(text: str) -> bool:
    """Whether a person reads words in `text`: a letter, in any script, besides placeholders, markup and key names."""
    return not _SHORTCUT.fullmatch(text) and bool(_LETTER.search(_NOT_WORDS.sub("", text)))


# -- Qt's calls that show text ------------------------------------------------------------------------------------

# Methods and constructors every argument of which that is text is shown.
_SHOWING_METHODS = frozenset(
    "setText setWindowTitle setToolTip setPlaceholderText setStatusTip setWhatsThis setTitle setSubTitle addTab "  # noqa: SIM905
    "insertTab setTabText setTabToolTip addAction addMenu addToolBar setHeaderLabels setHorizontalHeaderLabels "
    "setVerticalHeaderLabels setHeaderData showMessage setButtonText setLabelText setCancelButtonText "
    "setOkButtonText setPrefix setSuffix setSpecialValueText setItemText setItemToolTip addItems insertItems "
    "setHtml setMarkdown setPlainText setAccessibleName setAccessibleDescription setNameFilter setNameFilters "
    "setInformativeText setDetailedText setFormat addRow insertRow setWindowIconText".split()
)
_SHOWING_CLASSES = frozenset(
    "QLabel QPushButton QCheckBox QRadioButton QGroupBox QAction QMenu QToolButton QCommandLinkButton "  # noqa: SIM905
    "QStandardItem QTableWidgetItem QListWidgetItem QTreeWidgetItem QMessageBox QProgressDialog QLineEdit "
    "QTextEdit QTextBrowser QPlainTextEdit QDockWidget QWizardPage".split()
)
# A combo box's or list's item: the text comes after an index or an icon; what follows it is data, not shown.
_ITEM_METHODS = frozenset({"addItem", "insertItem"})
# The dialogs' static functions, whose title, text and file filter are shown.
_DIALOG_CLASSES = frozenset({"QMessageBox", "QFileDialog", "QInputDialog"})
# Methods whose return value a view shows.
SHOWN_RETURNS = frozenset({"data", "headerData"})

# String methods through which the words of a literal still reach the screen.
STRING_METHODS = frozenset(
    "format replace join strip lstrip rstrip upper lower capitalize title center ljust rjust removeprefix "  # noqa: SIM905
    "removesuffix".split()
)
NOOP = frozenset({"QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_NOOP3"})


def called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def literal(node: ast.expr) -> str | None:
    """The text of a string literal, implicit or `+` concatenation included; None for anything else."""
    if is_text(node):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        return None if left is None or right is None else left + right
    return None


def _not_a_text_position(node: ast.expr) -> bool:
    """An item's index or icon, which come before its text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return True
    return "icon" in ast.unparse(node).lower()


def qt_text_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of a Qt call that the screen shows; none if it is not such a call."""
    name, func = called_name(call), call.func
    keywords = [keyword.value for keyword in call.keywords if keyword.arg not in (None, "userData", "parent")]
    if name in _ITEM_METHODS and isinstance(func, ast.Attribute):
        texts = [keyword.value for keyword in call.keywords if keyword.arg == "text"]
        for position, argument in enumerate(call.args):
            if not _not_a_text_position(argument) or position == len(call.args) - 1:
                return [argument, *texts]
        return texts
    if isinstance(func, ast.Attribute) and name in _SHOWING_METHODS:
        return [*call.args, *keywords]
    if isinstance(func, ast.Name) and name in _SHOWING_CLASSES:
        return [*call.args, *keywords]
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in _DIALOG_CLASSES:
        return [*call.args, *keywords]
    return []


def flowing_names(node: ast.expr) -> list[str]:
    """The names whose text `node` shows as it is or joined with other text."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.JoinedStr):
        return [
            name for part in node.values if isinstance(part, ast.FormattedValue) for name in flowing_names(part.value)
        ]
    if isinstance(node, ast.BinOp):
        return flowing_names(node.left) + flowing_names(node.right)
    if isinstance(node, ast.IfExp):
        return flowing_names(node.body) + flowing_names(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [name for value in node.values for name in flowing_names(value)]
    if isinstance(node, ast.List | ast.Tuple):
        return [name for element in node.elts for name in flowing_names(element)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STRING_METHODS:
        return flowing_names(node.func.value) + [name for argument in node.args for name in flowing_names(argument)]
    return []
