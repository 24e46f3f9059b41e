"""``GET /health``: is the server up, which pipeline and limits it runs with."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ...about import __version__
from ...text.nlp import pipeline_info
from ..dependencies import Settings, get_settings
from ..schemas import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, summary="Server status, pipeline and limits")
def health(settings: Settings = Depends(get_settings)) -> Health:
    """``status: ok`` once the server answers; also the version, the spaCy pipeline and the limits."""
    return Health(status="ok", version=__version__, pipeline=pipeline_info(), limits=settings.limits(),
                  corpus=settings.store is not None)
