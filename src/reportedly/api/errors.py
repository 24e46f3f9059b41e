"""Exception handlers: every error reaches the client as a status code and one line of JSON."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import InputError

log = logging.getLogger("reportedly.api")


def one_line(text: str) -> str:
    """``text`` with all whitespace runs (newlines included) collapsed to one space."""
    return " ".join(text.split())


def validation_detail(exc: RequestValidationError) -> str:
    """The first few validation errors as ``location: message``, on one line."""
    parts = []
    for err in list(exc.errors())[:3]:
        if err.get("type") == "json_invalid":
            where = err.get("loc", ("body", 0))[-1]
            parts.append(f"body: not valid JSON (at character {where})")
            continue
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        msg = str(err.get("msg", "invalid"))
        parts.append(f"{loc}: {msg.removeprefix('Value error, ')}")
    more = len(exc.errors()) - len(parts)
    return one_line("; ".join(parts) + (f" (and {more} more)" if more > 0 else ""))


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    """422 with ``loc: message`` instead of FastAPI's list of error objects."""
    assert isinstance(exc, RequestValidationError)
    return JSONResponse({"detail": validation_detail(exc)}, status_code=422)


FASTAPI_BODY_ERROR = "There was an error parsing the body"


async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
    """HTTP errors raised by us or by FastAPI, as ``{"detail": one line}`` with their headers."""
    assert isinstance(exc, HTTPException)
    detail = str(exc.detail)
    if exc.status_code == 400 and detail == FASTAPI_BODY_ERROR:
        detail = "body: cannot be read as JSON text (is it UTF-8?)"
    return JSONResponse({"detail": one_line(detail)}, status_code=exc.status_code, headers=exc.headers)


async def on_input_error(request: Request, exc: Exception) -> JSONResponse:
    """A library InputError (empty, binary, no article, bad date) is the client's: 422."""
    return JSONResponse({"detail": one_line(str(exc))}, status_code=422)


async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    """Anything else is our bug: logged with its traceback on the server, one line to the client."""
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse({"detail": f"internal error ({type(exc).__name__}); the server log has the details"},
                        status_code=500)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(InputError, on_input_error)
    app.add_exception_handler(Exception, on_unexpected)
