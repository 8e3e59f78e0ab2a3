"""The application's frame: starting the GUI, the main window and its menus, and the workspace that holds the
feature screens. It imports the features; they never import it."""
