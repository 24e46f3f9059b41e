"""``python -m reportedly`` runs the command line."""

from .cli import main

main()
