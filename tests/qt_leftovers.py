"""What a test may not leave behind in the one QApplication all tests share: top-level widgets, application
event filters and running timers. Each of them slows or disturbs every later test.

Qt cannot list an application's event filters, so `QCoreApplication.installEventFilter` and
`removeEventFilter` are wrapped for the duration of the test to keep the list ourselves.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _address(obj: QObject) -> int:
    return shiboken6.getCppPointer(obj)[0]


def _describe(obj: QObject) -> str:
    name = obj.objectName()
    return f"{type(obj).__module__}.{type(obj).__qualname__}" + (f" {name!r}" if name else "")


class LeftoverWatch:
    """Started before a test and asked after it: `leftovers()` names what the test left behind."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        app = QApplication.instance()
        self._widgets_before = {_address(widget) for widget in app.topLevelWidgets()} if app else set()
        self._filters: dict[int, weakref.ref[QObject]] = {}
        install, remove = QCoreApplication.installEventFilter, QCoreApplication.removeEventFilter

        def install_event_filter(application: QCoreApplication, filter_object: QObject) -> None:
            self._filters[_address(filter_object)] = weakref.ref(filter_object)
            install(application, filter_object)

        def remove_event_filter(application: QCoreApplication, filter_object: QObject) -> None:
            self._filters.pop(_address(filter_object), None)
            remove(application, filter_object)

        monkeypatch.setattr(QCoreApplication, "installEventFilter", install_event_filter)
        monkeypatch.setattr(QCoreApplication, "removeEventFilter", remove_event_filter)

    def leftovers(self) -> list[str]:
        """What is still there once deferred deletes have run; each leftover is then cleared away, so that
        the next test starts clean and is not blamed for it."""
        app = QApplication.instance()
        if app is None:
            return []
        _flush(app)
        if self._anything_left(app):
            # Only now, as a full collection costs a tenth of a second: what only a reference cycle kept alive
            # (a lambda connected to its own widget) is no leftover.
            gc.collect()
            _flush(app)
        found = []
        for widget in self._new_top_level_widgets(app):
            found.append(f"top-level widget {_describe(widget)} (visible: {widget.isVisible()})")
            widget.close()
            widget.deleteLater()
        for filter_object in self.installed_filters():
            found.append(f"application event filter {_describe(filter_object)}")
            app.removeEventFilter(filter_object)
        for timer in _running_timers(app):
            found.append(f"running timer {_describe(timer)} of {_describe(timer.parent())}")
            timer.stop()
        _flush(app)
        return found

    def _anything_left(self, app: QApplication) -> bool:
        return bool(self._new_top_level_widgets(app) or self.installed_filters() or any(_running_timers(app)))

    def _new_top_level_widgets(self, app: QApplication) -> list[QWidget]:
        return [widget for widget in app.topLevelWidgets() if _address(widget) not in self._widgets_before]

    def installed_filters(self) -> list[QObject]:
        """The application event filters installed since the start, and neither removed nor destroyed."""
        live = (reference() for reference in self._filters.values())
        return [obj for obj in live if obj is not None and shiboken6.isValid(obj)]


def _flush(app: QApplication) -> None:
    """Run what is posted and carry out the deleteLater()s, and those that these lead to."""
    for _ in range(2):
        app.processEvents()
        app.sendPostedEvents(None, QEvent.DeferredDelete)


def _running_timers(app: QApplication) -> Iterator[QTimer]:
    """Active timers owned by the application or by any of its top-level widgets; a timer belongs to one of
    them unless it is parentless and kept alive by Python alone, which none of our code does."""
    for owner in (app, *app.topLevelWidgets()):
        for timer in owner.findChildren(QTimer):
            if timer.isActive():
                yield timer
