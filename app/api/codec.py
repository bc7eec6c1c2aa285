"""JSON encoding and decoding of the wire models (msgspec), with Danish amounts."""

from __future__ import annotations

from typing import Any, TypeVar

import msgspec

from app.api.amounts import Amount, AmountFormatError, format_amount, parse_amount

T = TypeVar("T")

__all__ = ["DecodeError", "decode", "encode"]


class DecodeError(ValueError):
    """A body that is not JSON, or not the shape the spec promises."""


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Amount):
        return format_amount(obj)
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


def _dec_hook(tp: type, obj: Any) -> Any:
    if tp is Amount:
        if not isinstance(obj, str):
            raise msgspec.ValidationError(f"expected a Danish amount string, got {obj!r}")
        try:
            return parse_amount(obj)
        except AmountFormatError as exc:
            raise msgspec.ValidationError(str(exc)) from exc
    raise NotImplementedError(f"cannot decode {tp.__name__}")


_encoder = msgspec.json.Encoder(enc_hook=_enc_hook)


def encode(obj: Any) -> bytes:
    """A model (or plain JSON data) -> JSON bytes, amounts written the Danish way."""
    return _encoder.encode(obj)


_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def decode(data: bytes, type_: type[T]) -> T:
    """JSON bytes -> a model; DecodeError when the body is not JSON or off-spec."""
    decoder = _decoders.get(type_)
    if decoder is None:
        decoder = _decoders[type_] = msgspec.json.Decoder(type_, dec_hook=_dec_hook)
    try:
        result: T = decoder.decode(data)
        return result
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise DecodeError(str(exc)) from exc
