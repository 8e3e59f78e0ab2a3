"""The Qt user interface, in folders by feature; it talks to services, never to SQL."""

from trajectapp.ui.refcount_guard import protect_singletons

# Before any widget exists: see refcount_guard for the PySide6 bug this avoids.
protect_singletons()
