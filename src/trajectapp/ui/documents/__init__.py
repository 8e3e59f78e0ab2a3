"""Documents of a case on screen: choose one, preview it, print it or save it as a (password-protected) PDF."""
