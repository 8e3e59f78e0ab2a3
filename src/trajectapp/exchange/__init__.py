"""What leaves the vault as a file, and what comes in: password-protected PDFs, the transfer package and its
import; no Qt."""
