"""Fills the Teams manifest template from configuration, draws the two icons and zips the package."""
import json
import os
import re
import struct
import sys
import uuid
import zipfile
import zlib

here, settings_path, out = sys.argv[1], sys.argv[2], sys.argv[3]


def setting(env, *path, default=""):
    if os.environ.get(env):
        return os.environ[env]
    try:
        node = json.load(open(settings_path, encoding="utf-8"))
        for key in path:
            node = node[key]
        return str(node) if node else default
    except (OSError, KeyError, TypeError, ValueError):
        return default


bot_id = setting("Assistant__Bot__MicrosoftAppId", "Assistant", "Bot", "MicrosoftAppId")
if not re.fullmatch(r"[0-9a-fA-F-]{36}", bot_id or ""):
    sys.exit("error: set the bot's app id (a GUID) in Assistant__Bot__MicrosoftAppId or Assistant:Bot:MicrosoftAppId")
values = {
    "BOT_ID": bot_id,
    "APP_ID": setting("Assistant__Teams__AppId", "Assistant", "Teams", "AppId", default=str(uuid.uuid5(uuid.NAMESPACE_URL, "teams-app:" + bot_id))),
    "VERSION": setting("Assistant__Teams__Version", "Assistant", "Teams", "Version", default="1.0.0"),
    "DEVELOPER_NAME": setting("Assistant__Teams__DeveloperName", "Assistant", "Teams", "DeveloperName", default="HR"),
    "WEBSITE_URL": setting("Assistant__Teams__WebsiteUrl", "Assistant", "Teams", "WebsiteUrl", default="https://example.org"),
}
manifest = open(os.path.join(here, "manifest.template.json"), encoding="utf-8").read()
for key, value in values.items():
    manifest = manifest.replace("{{" + key + "}}", value)
json.loads(manifest)  # fails loudly on a broken template


def png(size, pixel):
    rows = b"".join(b"\x00" + b"".join(pixel(x, y, size) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def color(x, y, size):  # a white speech bubble on the accent colour
    inside = size * 0.22 < x < size * 0.78 and size * 0.25 < y < size * 0.62
    tail = size * 0.30 < x < size * 0.42 and size * 0.62 <= y < size * 0.75 and x - size * 0.30 < size * 0.75 - y
    return bytes((255, 255, 255, 255)) if inside or tail else bytes((0x1F, 0x5A, 0x96, 255))


def outline(x, y, size):  # white outline on transparent, as Teams requires
    edge = (x in (5, size - 6) and 7 <= y <= 20) or (y in (7, 20) and 5 <= x <= size - 6)
    return bytes((255, 255, 255, 255)) if edge else bytes((0, 0, 0, 0))


os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", manifest)
    z.writestr("color.png", png(192, color))
    z.writestr("outline.png", png(32, outline))
    for name in ("en.json", "fr.json"):
        z.write(os.path.join(here, name), name)
print(f"Teams app package: {out} (bot {bot_id})")
