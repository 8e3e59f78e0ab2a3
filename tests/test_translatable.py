"""Every word the interface shows is marked for translation, and pyside6-lupdate finds every marked word in the
context Qt looks it up in: read from the source (translatable_source.py) and checked against what lupdate writes."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from import_graph import read_sources
from lupdate_catalogue import lupdate_catalogue
from shown_text import has_words
from source_index import SourceIndex
from translatable_source import BUILT, Marked, marked_strings, unmarked_strings

SOURCE = Path(__file__).resolve().parent.parent / "src"
SNIPPET = "trajectapp.ui.snippet"
# The helpers a snippet may call besides Qt: the questions of ui/ask.py and the rows of ui/forms.
SNIPPET_HELPERS = ("trajectapp.ui.ask", "trajectapp.ui.forms.")


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return read_sources(SOURCE)


@pytest.fixture(scope="module")
def index(sources) -> SourceIndex:
    return SourceIndex(sources)


@pytest.fixture(scope="module")
def marked(sources, index) -> list[Marked]:
    """Every text the package marks for translation, directly or through a function of ours."""
    return marked_strings(index, sources)


def interface_modules(sources) -> list[str]:
    return [name for name in sources if name.startswith("trajectapp.ui.") or name == "trajectapp.ui"]


def unmarked_in(snippet: str, sources: dict[str, str]) -> list[str]:
    """The unmarked words the snippet (a module of ui/, next to ui/ask.py and ui/forms) shows."""
    helpers = {name: text for name, text in sources.items() if name.startswith(SNIPPET_HELPERS)}
    index = SourceIndex({**helpers, SNIPPET: textwrap.dedent(snippet)})
    return [finding.text for finding in unmarked_strings(index, [SNIPPET])]


def marked_in(snippet: str) -> list[Marked]:
    index = SourceIndex({SNIPPET: textwrap.dedent(snippet)})
    return marked_strings(index, [SNIPPET])


# -- 1. the static check -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Save", "Case of %1", "Çelik", "نعم", "&Lock", "%n case(s)", "<b>Phase</b>: %1", "Ctrl"],
)
def test_words_are_words(text):
    assert has_words(text)


@pytest.mark.parametrize(
    "text",
    ["", ":", " — ", "%1", "•", "…", "%1 (%2)", "<b>%1</b>", "%L1", "%p%", "&nbsp;", "Ctrl+L", "Ctrl+Shift+P", "F5"],
)
def test_placeholders_markup_and_key_names_are_not_words(text):
    assert not has_words(text)


SHOWN_UNMARKED = {
    "a label's text": ('label.setText("Saved")', ["Saved"]),
    "a window title from an f-string": ('self.setWindowTitle(f"Case of {name}")', ["f'Case of {name}'"]),
    "a constructor": ('QLabel("Name:", self)', ["Name:"]),
    "a button and a check box": ('QPushButton("Close"); QCheckBox("Kept")', ["Close", "Kept"]),
    "joined with +": ('button.setToolTip("Opens " + name)', ["Opens "]),
    "formatted with %": ('box.setTitle("Page %d" % number)', ["Page %d"]),
    "formatted with format()": ('edit.setPlaceholderText("Search {}".format(what))', ["Search {}"]),
    "a replacement that is words": ('label.setText(self.tr("In %1").replace("%1", "Gent"))', ["Gent"]),
    "either branch": ('label.setText(self.tr("On") if on else "Off")', ["Off"]),
    "a default": ('label.setText(name or "Unknown")', ["Unknown"]),
    "a combo item before its data": ('combo.addItem("All cases", None)', ["All cases"]),
    "a combo item after its icon": ('combo.addItem(icon, "Open", 3)', ["Open"]),
    "items": ('combo.addItems(["Yes", self.tr("No")])', ["Yes"]),
    "a tab": ('tabs.addTab(page, "Notes")', ["Notes"]),
    "an action and a menu": ('menu.addAction("Quit"); self.menuBar().addMenu("File")', ["Quit", "File"]),
    "header labels": ('view.setHorizontalHeaderLabels(["Name", self.tr("Phase")])', ["Name"]),
    "a status message": ('self.statusBar().showMessage("Locked")', ["Locked"]),
    "a suffix": ('spin.setSuffix(" minutes")', [" minutes"]),
    "a message box": ('QMessageBox.information(self, "Saved", text)', ["Saved"]),
    "a question of ask.py": ('self.ask.warn(self, "Not saved", self.tr("Try again."))', ["Not saved"]),
    "a question's text": ('ask.confirm(self, self.tr("Delete"), f"Delete {name}?")', ["f'Delete {name}?'"]),
    "a file filter": ('ask.open_file(self, self.tr("Open"), start, "PDF files (*.pdf)")', ["PDF files (*.pdf)"]),
    "a form's caption but not its field name": ('dialog.add_field("reason", "Reason:", edit)', ["Reason:"]),
    "a form's hint": ('dialog.add_field("reason", self.tr("Reason:"), edit, hint="Why")', ["Why"]),
    "a form's intro": ('self.add_intro("Fill in the form.")', ["Fill in the form."]),
    "a row's marker": ('from trajectapp.ui.forms.fields import FieldRow\nFieldRow(edit, "special")', ["special"]),
    "a constant of the module": ('TITLE = "Settings"\nwindow.setWindowTitle(TITLE)', ["Settings"]),
    "a marked word that is never translated": (
        'label.setText(QT_TRANSLATE_NOOP("Labels", "Open"))',
        ["Open"],
    ),
    "a table of marked words shown as they are": (
        'WORDS = {1: QT_TRANSLATE_NOOP("Labels", "High")}\nlabel.setText(WORDS[level])',
        ["High"],
    ),
    "a helper of ours that makes a label": (
        """
        def _muted(text, parent):
            label = QLabel(text, parent)
            return label

        _muted("Nothing yet", window)
        """,
        ["Nothing yet"],
    ),
    "a helper that passes its text on to another": (
        """
        def _heading(words, parent):
            return _bold(words.upper(), parent)

        def _bold(text, parent):
            return QLabel(f"<b>{text}</b>", parent)

        _heading("Goals", window)
        """,
        ["Goals"],
    ),
    "a helper's default": (
        'def _note(parent, text="Nothing recorded"):\n    return QLabel(text, parent)',
        ["Nothing recorded"],
    ),
    "a method a subclass calls": (
        """
        class Base(QDialog):
            def __init__(self, title, parent=None):
                super().__init__(parent)
                self.setWindowTitle(title)

        class Chooser(Base):
            def __init__(self, parent=None):
                super().__init__("Choose a case", parent)
        """,
        ["Choose a case"],
    ),
    "what a model's header shows": (
        """
        class Model(QAbstractTableModel):
            def headerData(self, section, orientation, role):
                return "Name"
        """,
        ["Name"],
    ),
}


@pytest.mark.parametrize("snippet, expected", SHOWN_UNMARKED.values(), ids=SHOWN_UNMARKED.keys())
def test_the_check_finds_words_shown_unmarked(sources, snippet, expected):
    assert unmarked_in(snippet, sources) == expected


SHOWN_AS_THEY_SHOULD = {
    "translated": 'label.setText(self.tr("Saved"))',
    "translated in a context": 'label.setText(QCoreApplication.translate("Labels", "Saved"))',
    "data": "label.setText(name); label.setText(str(count)); label.setText(f'{count} / {total}')",
    "signs, placeholders and markup": 'label.setText(":"); label.setText("—"); label.setText("<b>%1</b> (%2)")',
    "translated, then filled in": 'label.setText(self.tr("Case of %1").replace("%1", name))',
    "joined with data": 'window.setWindowTitle(APP_NAME + " — " + self.tr("Presentation mode"))',
    "not shown": 'label.setObjectName("fieldError"); label.setStyleSheet("QLabel { color: red; }")',
    "an icon's name": 'button.setIcon(QIcon.fromTheme("document-save"))',
    "a combo item's data": 'combo.addItem(self.tr("All cases"), "all")',
    "a form's field name": 'dialog.add_field("reason", self.tr("Reason:"), edit, self.tr("Why"))',
    "a question's key for tests": 'ask.answer("print", run); run_dialog(ask, "new goal", make)',
    "a log line": 'log.warning("vault.locked"); log.info("app.started")',
    "a shortcut": 'action.setShortcut("Ctrl+L"); action.setShortcut(QKeySequence("Ctrl+Shift+P"))',
    "a helper's parameter that is not shown": (
        """
        def _action(text, shortcut=None):
            action = QAction(text)
            action.setShortcut(QKeySequence(shortcut))
            return action

        _action(tr("Lock"), "Ctrl+L")
        """
    ),
    "what a model's data holds for another role": (
        """
        class Model(QAbstractTableModel):
            def data(self, index, role):
                return self.rows[index.row()].name
        """
    ),
}


@pytest.mark.parametrize("snippet", SHOWN_AS_THEY_SHOULD.values(), ids=SHOWN_AS_THEY_SHOULD.keys())
def test_the_check_passes_what_is_translated_or_not_words(sources, snippet):
    assert unmarked_in(snippet, sources) == []


def test_the_interface_shows_no_unmarked_words(sources, index):
    found = unmarked_strings(index, interface_modules(sources))
    assert not found, "Words shown without tr():\n" + "\n".join(map(str, found))


# -- 3. lupdate finds every marked text ----------------------------------------------------------------------------


def not_found_as_looked_up(snippet: str, folder: Path) -> list[str]:
    """The texts the snippet marks that a translation made with lupdate would not give, each with the reason the
    walk sees."""
    source = folder / "snippet.py"
    source.write_text(textwrap.dedent(snippet), encoding="utf-8")
    found = lupdate_catalogue([source], folder)
    return [f"{text.text}: {text.problem}" for text in marked_in(snippet) if text.key not in found or text.problem]


MISSED = {
    "a context in a variable": (
        'CONTEXT = "Selection"\nQCoreApplication.translate(CONTEXT, "Phase changes")',
        "Phase changes: its context is `CONTEXT`: lupdate only reads a literal",
    ),
    "a context in a variable, marked only": (
        'from trajectapp.domain.wording import QT_TRANSLATE_NOOP\nCONTEXT = "Selection"\n'
        'WORDS = [QT_TRANSLATE_NOOP(CONTEXT, "Consents")]',
        "Consents: its context is `CONTEXT`: lupdate only reads a literal",
    ),
    "translate() through a helper": (
        """
        def _tr(text):
            return QCoreApplication.translate("AgendaModel", text)

        TODAY = _tr("Today")
        """,
        "Today: it reaches translate() through _tr(), which lupdate does not know",
    ),
    "a helper named tr": (
        """
        def slip(translate):
            def tr(text):
                return translate("PasswordSlip", text)

            return tr("Made on")
        """,
        "Made on: it reaches translate() through tr(), which lupdate does not know",
    ),
    "tr() of another object": (
        """
        class FactorTableModel(RecordTableModel):
            def __init__(self, panel):
                super().__init__([(panel.tr("Direction"), direction)])
        """,
        "Direction: tr() is called on `panel`: lupdate takes that name for the context",
    ),
    "an f-string": (
        """
        class Page(QWidget):
            def show_count(self, count):
                self.label.setText(self.tr(f"{count} cases"))
        """,
        f"f'{{count}} cases': {BUILT}",
    ),
    "a translation inside an f-string": (
        """
        def heading(title):
            return f"<h4>{escape(QCoreApplication.translate('PlanText', 'Who agrees'))}</h4>"
        """,
        "Who agrees: it is inside an f-string, where lupdate does not look",
    ),
    "a count in a class others derive from": (
        """
        class Preview(QDialog):
            def show_pages(self, pages):
                self.status.setText(self.tr("%n page(s)", "", pages))

        class SummaryPreview(Preview):
            pass
        """,
        "%n page(s): a counted self.tr() in a class others derive from is looked up in the subclass's context only",
    ),
    "a text in parentheses of its own": (
        """
        class Page(QWidget):
            def show(self):
                self.label.setText(QCoreApplication.translate("Page", ("Nothing recorded " "yet.")))
        """,
        "Nothing recorded yet.: it stands in parentheses of its own, which lupdate does not read",
    ),
}


@pytest.mark.parametrize("snippet, reason", MISSED.values(), ids=MISSED.keys())
def test_the_lupdate_check_says_what_lupdate_misses_and_why(tmp_path, snippet, reason):
    assert not_found_as_looked_up(snippet, tmp_path) == [reason]


def in_a_method(body: str) -> str:
    return "class Page(QWidget):\n    def show(self, n):\n" + textwrap.indent(textwrap.dedent(body), " " * 8)


FOUND = {
    "self.tr in a method": in_a_method('self.tr("Save")'),
    "self.tr in a lambda": in_a_method('return lambda: self.tr("Save")'),
    "split over lines": in_a_method('self.tr(\n    "Save "\n    "all"\n)'),
    "joined with +": in_a_method('self.tr("Save " + "all")'),
    "a plural": in_a_method('self.tr("%n case(s)", "", n)'),
    "a disambiguation": in_a_method('self.tr("Open", "a case, not a file")'),
    "translate() in a context": 'QCoreApplication.translate("Labels", "Open")',
    "marked by the core's stand-in": (
        'from trajectapp.domain.wording import QT_TRANSLATE_NOOP\nWORDS = [QT_TRANSLATE_NOOP("Labels", "Open")]'
    ),
    "the translate() the core is given": 'def render(translate):\n    return translate("CaseSummary", "Page %1 of %2")',
}


@pytest.mark.parametrize("snippet", FOUND.values(), ids=FOUND.keys())
def test_the_lupdate_check_passes_what_lupdate_finds(tmp_path, snippet):
    assert marked_in(snippet), "the walk should find the marked text"
    assert not_found_as_looked_up(snippet, tmp_path) == []


def test_lupdate_finds_every_marked_text_in_its_context(marked, catalogue):
    missed = [text for text in marked if text.key not in catalogue or text.problem]
    assert not missed, "pyside6-lupdate does not find these where Qt looks them up:\n" + "\n".join(map(str, missed))


def test_the_walk_knows_every_text_lupdate_finds(marked, catalogue):
    """So that a way of marking text the walk does not know cannot hide a text from the check above."""
    walked = {text.key for text in marked}
    assert sorted(catalogue - walked) == []


# -- 4. counts ------------------------------------------------------------------------------------------------------

# "1 day", "(1 item)": the one of a count, worded apart from its other numbers.
ENGLISH_SINGULAR = re.compile(r"(^|\()1 [^\W\d_]")


def test_a_count_picks_its_plural_form_through_n(marked):
    english_only = [text for text in marked if ENGLISH_SINGULAR.search(text.text)]
    assert not english_only, "A count worded for English only; use %n:\n" + "\n".join(map(str, english_only))
    uncounted = [text for text in marked if "%n" in text.text and not text.counted and not text.problem]
    assert not uncounted, "%n without a count:\n" + "\n".join(map(str, uncounted))
