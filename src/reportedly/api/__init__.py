"""HTTP API and web page of reportedly (FastAPI).

``create_app(settings)`` builds the application; ``reportedly serve`` runs it with uvicorn.
The layout follows FastAPI's "bigger applications" pattern: :mod:`.main` only wires things
together, each resource has its module in :mod:`.routers`, and what the routers share lives
in :mod:`.dependencies`.
"""

from __future__ import annotations

from .dependencies import Settings
from .main import create_app

__all__ = ["Settings", "create_app"]
