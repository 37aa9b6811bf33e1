"""The seal, signature and logo: what is refused, what is accepted with a warning, and what is kept."""

from io import BytesIO

import pytest
from PIL import Image, ImageDraw

from app.certificates.images import MAX_SIDE, read_png
from app.errors import UserError


def png(path, mode="RGBA", size=(300, 300), background=(0, 0, 0, 0), **save):
    image = Image.new(mode, size, background if mode == "RGBA" else background[:3])
    ImageDraw.Draw(image).ellipse((20, 20, size[0] - 20, size[1] - 20), outline=(200, 20, 30), width=12)
    image.save(path, format="PNG", **save)
    return path


def test_a_transparent_seal_is_accepted_without_warnings(tmp_path):
    checked = read_png("seal", png(tmp_path / "seal.png"))
    assert (checked.width, checked.height, checked.warnings) == (300, 300, [])
    assert checked.data.startswith(b"\x89PNG") and checked.name == "seal.png"


def test_a_seal_without_an_alpha_channel_is_kept_with_a_warning(tmp_path):
    checked = read_png("seal", png(tmp_path / "rgb.png", mode="RGB", background=(255, 255, 255, 255)))
    assert len(checked.warnings) == 1 and "没有透明背景" in checked.warnings[0] and "印章" in checked.warnings[0]


def test_an_opaque_background_in_an_rgba_file_is_warned_about_too(tmp_path):
    checked = read_png("signature", png(tmp_path / "white.png", background=(255, 255, 255, 255)))
    assert len(checked.warnings) == 1 and "背景不透明" in checked.warnings[0] and "签名" in checked.warnings[0]


def test_a_palette_png_with_a_transparent_colour_counts_as_transparent(tmp_path):
    image = Image.new("P", (200, 200), 0)
    image.putpalette([255, 255, 255, 200, 20, 30] + [0] * 762)
    ImageDraw.Draw(image).ellipse((20, 20, 180, 180), outline=1, width=10)
    image.save(tmp_path / "p.png", transparency=0)
    assert read_png("seal", tmp_path / "p.png").warnings == []
    image.save(tmp_path / "p-opaque.png")
    assert "没有透明背景" in read_png("seal", tmp_path / "p-opaque.png").warnings[0]


def test_the_logo_may_have_a_background(tmp_path):
    assert read_png("logo", png(tmp_path / "logo.png", mode="RGB", background=(245, 130, 30, 255))).warnings == []


def test_a_small_picture_prints_blurred(tmp_path):
    checked = read_png("logo", png(tmp_path / "tiny.png", size=(64, 64)))
    assert len(checked.warnings) == 1 and "64×64" in checked.warnings[0] and "模糊" in checked.warnings[0]



@pytest.mark.parametrize("mode", ["RGBA", "P"])
def test_a_huge_picture_is_kept_scaled_down_with_its_transparency(tmp_path, mode):
    """A 6000 × 6000 seal made every preview take over a second (the page waits for it while the owner types)."""
    path = png(tmp_path / "huge.png", size=(6000, 4000))
    if mode == "P":
        with Image.open(path) as image:
            image.convert("P").save(path, transparency=0)
    checked = read_png("seal", path)
    assert (checked.width, checked.height) == (1000, 667) and checked.warnings == []
    from io import BytesIO

    with Image.open(BytesIO(checked.data)) as kept:
        assert kept.size == (1000, 667) and kept.convert("RGBA").getpixel((0, 0))[3] == 0



def test_a_huge_picture_is_decoded_once(tmp_path, monkeypatch):
    """Checked, then opened again to scale it down: a 4000-pixel seal froze the dialog for about 3 s."""
    path = png(tmp_path / "huge.png", size=(4000, 4000))
    opened = []
    real_open = Image.open
    monkeypatch.setattr(Image, "open", lambda *args, **kwargs: opened.append(args) or real_open(*args, **kwargs))
    checked = read_png("seal", path)
    assert (checked.width, checked.height) == (1000, 1000) and len(opened) == 1


def test_a_phone_photo_renamed_to_png_is_refused_saying_what_it_is(tmp_path):
    """A JPEG named 手机拍的 印章.png was called 「不是 PNG 图片」, which its name contradicts."""
    path = tmp_path / "手机拍的 印章.png"
    Image.new("RGB", (600, 400), (236, 232, 225)).save(path, format="JPEG")
    with pytest.raises(UserError) as refused:
        read_png("seal", path)
    assert refused.value.message.startswith("手机拍的 印章.png 是 JPEG 照片") and "另存为 PNG" in refused.value.message


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: Image.new("RGB", (10, 10)).save(p, format="JPEG"), "不是 PNG"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"junk"), "已损坏"),
    (lambda p: p.write_bytes(png(p).read_bytes()[:400]), "已损坏"),
    (lambda p: Image.new("L", (MAX_SIDE + 1, 10)).save(p, format="PNG"), "每边最多"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024)), "最大 5 MB"),
])
def test_what_is_refused(tmp_path, make, words):
    path = tmp_path / "x.png"
    make(path)
    with pytest.raises(UserError, match=words):
        read_png("seal", path)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(UserError, match="无法读取图片"):
        read_png("seal", tmp_path / "missing.png")


def test_the_service_keeps_the_file_and_returns_the_warnings(service, shop, tmp_path):
    warnings = service.set_image("seal", png(tmp_path / "rgb.png", mode="RGB", background=(255, 255, 255, 255)))
    assert len(warnings) == 1
    assert service.images().seal == (tmp_path / "rgb.png").read_bytes()
    assert service.image_names() == {"seal": "rgb.png"}
    with pytest.raises(UserError):
        service.set_image("seal", tmp_path / "missing.png")
    assert service.image_names() == {"seal": "rgb.png"}  # a refused file changes nothing
    service.clear_image("seal")
    assert service.images().seal is None and service.image_names() == {}
    # the audit log names the image as the owner knows it, not by its key (it said 证书图片（seal）)
    assert [a.summary for a in shop.store.audit.recent(action_prefix="certificate.image")][:2] == [
        "删除证书图片（印章）", "证书图片（印章）：rgb.png"]


def test_a_missing_image_file_is_said_in_chinese(tmp_path):
    import pytest

    from app.errors import UserError

    with pytest.raises(UserError, match="文件或文件夹不存在") as caught:
        read_png("seal", tmp_path / "nonexist.png")
    assert "No such file" not in caught.value.message


@pytest.mark.parametrize("side", [400, 1200])  # kept as it is, and scaled down
def test_a_16_bit_grey_signature_keeps_its_dark_strokes(tmp_path, side):
    """Pillow's own conversion of a 16-bit grey picture to 8 bits clips it: a signature scanned in 16-bit grey
    came out a white square."""
    grey = Image.new("I;16", (side, side), 60000)  # near white paper
    ImageDraw.Draw(grey).rectangle((0, 0, side, side // 2), fill=2000)  # near black strokes
    grey.save(tmp_path / "16bit.png")
    checked = read_png("signature", tmp_path / "16bit.png")
    with Image.open(BytesIO(checked.data)) as kept:
        picture = kept.convert("L")
        assert picture.getpixel((5, 5)) < 20 and picture.getpixel((5, picture.height - 5)) > 220
