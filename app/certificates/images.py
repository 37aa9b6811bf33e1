"""The shop's images for certificates (the seal, a signature, the logo): what is accepted and what the
owner is warned about.

Refused: anything that is not a PNG, a file over 5 MB, a PNG that cannot be decoded, a picture larger than
6000 pixels a side. Accepted with a warning: a seal or signature without transparency (its white or
coloured background would cover the border and the date it is placed over), or with an opaque background
(all four corners opaque), and a picture so small it prints blurred. A picture larger than `KEPT_SIDE` is
kept scaled down to it: sharp enough for any print, and each preview and PDF does not decode it whole.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

from app import os_errors
from app.errors import UserError
from app.i18n import t

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_SIDE = 6000
MIN_SIDE = 150  # a 4 cm seal at 150 px is about 95 dpi: below that it prints visibly soft
KEPT_SIDE = 1000  # a 4 cm seal at 1,000 px is about 635 dpi; a 6000 px one took 1.5 s for each preview
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
OVERLAID = ("seal", "signature")  # drawn over the certificate's own lines (the logo sits on a white tile)
KIND_LABELS = {"seal": "印章", "signature": "签名", "logo": "店铺标志"}


@dataclass(frozen=True)
class CheckedImage:
    name: str
    data: bytes
    width: int
    height: int
    warnings: list[str] = field(default_factory=list)


def read_png(kind: str, path: str | Path) -> CheckedImage:
    """The file's bytes, checked; raises UserError with a message for the owner."""
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as e:
        raise UserError(t("无法读取图片 {path}：{error}", path=source, error=os_errors.reason(e))) from None
    if data.startswith(JPEG_MAGIC):  # a phone photo renamed to .png: the name alone would not tell the owner
        raise UserError(t("{path} 是 JPEG 照片（只是文件名以 .png 结尾），不是 PNG 图片：请用画图等软件打开它，"
                          "另存为 PNG 格式后再选择（印章和签名最好是透明背景的 PNG）", path=source.name))
    if not data.startswith(PNG_MAGIC):
        raise UserError(t("{path} 不是 PNG 图片：请选择 PNG 文件（印章和签名最好是透明背景的 PNG）",
                          path=source.name))
    if len(data) > MAX_IMAGE_BYTES:
        raise UserError(t("图片 {path} 太大（{size:.1f} MB，最大 5 MB）", path=source.name,
                          size=len(data) / 1024 / 1024))
    if data[12:16] != b"IHDR":
        raise UserError(t("无法读取图片 {path}：文件已损坏或不是完整的 PNG（{error}）", path=source.name,
                          error="IHDR"))
    width, height = struct.unpack(">II", data[16:24])
    if max(width, height) > MAX_SIDE:  # checked before decoding: a small file can hold a huge picture
        raise UserError(t("图片 {path} 太大（{w}×{h} 像素，每边最多 {max} 像素）", path=source.name, w=width,
                          h=height, max=MAX_SIDE))
    try:
        alpha, opaque_corners, kept = _inspect(data)
    except Exception as e:  # noqa: BLE001 — any decoder failure means the file is not a usable PNG
        raise UserError(t("无法读取图片 {path}：文件已损坏或不是完整的 PNG（{error}）", path=source.name,
                          error=e)) from None
    label = t(KIND_LABELS.get(kind, kind))
    warnings = []
    if kind in OVERLAID and not alpha:
        warnings.append(t("这张{label}图片没有透明背景：它的底色会盖住证书上的花边和日期。建议用透明背景的 PNG。",
                          label=label))
    elif kind in OVERLAID and opaque_corners:
        warnings.append(t("这张{label}图片的背景不透明（四个角都有底色）：底色会盖住证书上的花边和日期。"
                          "建议先把背景去掉。", label=label))
    if kept is not None:
        data, width, height = kept
    if min(width, height) < MIN_SIDE:
        warnings.append(t("这张{label}图片只有 {w}×{h} 像素，打印出来会模糊；建议每边至少 {min} 像素。",
                          label=label, w=width, h=height, min=MIN_SIDE))
    return CheckedImage(source.name, data, width, height, warnings)


def _inspect(data: bytes) -> tuple[bool, bool, tuple[bytes, int, int] | None]:
    """(has transparency, all four corners opaque, the picture scaled down to `KEPT_SIDE` when larger or made
    8-bit when 16-bit grey: its PNG, width and height), decoding the whole picture once (a file cut short fails
    here, not at print time; a 4000-pixel seal decoded a second time to scale it kept the dialog frozen for a
    second more)."""
    from io import BytesIO

    from PIL import Image

    with Image.open(BytesIO(data)) as image:
        image.load()
        alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        sixteen_bit_grey = image.mode.startswith("I")
        if sixteen_bit_grey:  # Pillow's (and so the PDF's) conversion to 8 bits clips it: it printed white
            image = image.point(lambda value: value / 256).convert("L")
        opaque_corners = True
        if alpha:
            rgba = image if image.mode == "RGBA" else image.convert("RGBA")
            corners = [(0, 0), (rgba.width - 1, 0), (0, rgba.height - 1), (rgba.width - 1, rgba.height - 1)]
            opaque_corners = all(rgba.getpixel(xy)[3] == 255 for xy in corners)
        if max(image.size) <= KEPT_SIDE and not sixteen_bit_grey:
            return alpha, opaque_corners, None
        return alpha, opaque_corners, _scaled_down(image, KEPT_SIDE)


def _scaled_down(image, side: int) -> tuple[bytes, int, int]:
    """The picture within side × side pixels as a PNG, its transparency kept; (data, width, height)."""
    from io import BytesIO

    from PIL import Image

    picture = image if image.mode in ("RGB", "RGBA", "L", "LA") else image.convert("RGBA")
    picture.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue(), picture.width, picture.height
