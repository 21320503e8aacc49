"""Shared helpers for the Blokjessessie GUI tests (standard library only).

The tests drive the real `blokjessessie` window under Xvfb: screenshots are
read with the small PNG decoder below, input is sent with xdotool. Every wait
has a timeout and fails with a message saying what it was waiting for.
"""

import argparse
import ctypes
import ctypes.util
import json
import os
import shutil
import struct
import subprocess
import tempfile
import time
import zlib


class TestFailure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise TestFailure(message)
    print("  ok: " + message, flush=True)


def log(message):
    print(message, flush=True)


# -----------------------------------------------------------------------------
# Arguments and environment
# -----------------------------------------------------------------------------

def parse_args(description, need_cli=False):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--app", required=True, help="path to blokjessessie")
    parser.add_argument("--source", required=True, help="the source tree (scenarios/, assets/)")
    parser.add_argument("--cli", help="path to blokjes (default: beside --app)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if not os.access(args.app, os.X_OK):
        parser.error("--app %s is not an executable" % args.app)
    if need_cli and not args.cli:
        args.cli = os.path.join(os.path.dirname(os.path.abspath(args.app)), "blokjes")
    if need_cli and not os.access(args.cli, os.X_OK):
        parser.error("the blokjes CLI %s is not an executable" % args.cli)
    if not os.environ.get("DISPLAY"):
        parser.error("no DISPLAY: run under xvfb-run")
    return args


def demo_workshop(args):
    return os.path.join(args.source, "scenarios", "demo-workshop.json")


def block_colours(args):
    """{kind id: (r, g, b)} from assets/blocks.json."""
    with open(os.path.join(args.source, "assets", "blocks.json"), encoding="utf-8") as f:
        library = json.load(f)
    return {kind["id"]: hex_colour(kind["colour"]) for kind in library["kinds"]}


def hex_colour(text):
    text = text.lstrip("#")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def find_process(workshop, process_id):
    for process in workshop["processes"]:
        if process["id"] == process_id:
            return process
    raise TestFailure("process %r is not in the workshop" % process_id)


class TempDir:
    """A temporary directory removed at the end unless --keep was given."""

    def __init__(self, keep=False, prefix="blokjes-gui-"):
        self.path = tempfile.mkdtemp(prefix=prefix)
        self.keep = keep

    def __enter__(self):
        return self.path

    def __exit__(self, *exc):
        if self.keep or exc[0] is not None:
            log("temporary files kept in " + self.path)
        else:
            shutil.rmtree(self.path, ignore_errors=True)
        return False


def child_environment(tmp):
    """The app writes its recent-files list and default recovery dir under
    XDG_CONFIG_HOME / XDG_STATE_HOME: keep them out of the user's home."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
    env["XDG_STATE_HOME"] = os.path.join(tmp, "state")
    return env


# -----------------------------------------------------------------------------
# Processes
# -----------------------------------------------------------------------------

def run_app(args, tmp, app_args, timeout=60):
    """Runs the app to completion (e.g. with --screenshot); returns the CompletedProcess."""
    command = [args.app] + list(app_args)
    log("$ " + " ".join(command))
    started = time.monotonic()
    try:
        result = subprocess.run(command, env=child_environment(tmp), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, timeout=timeout, text=True)
    except subprocess.TimeoutExpired:
        raise TestFailure("the app did not exit within %d s: %s" % (timeout, " ".join(command)))
    log("  (exit %d after %.2f s)" % (result.returncode, time.monotonic() - started))
    if result.returncode != 0:
        raise TestFailure("the app exited with %d\nstdout:\n%s\nstderr:\n%s"
                          % (result.returncode, result.stdout, result.stderr))
    return result


class App:
    """The app running in the background; always stop() it (in a finally)."""

    def __init__(self, args, tmp, app_args, log_name="app"):
        self.command = [args.app] + list(app_args)
        self.log_path = os.path.join(tmp, log_name + ".log")
        self.log_file = open(self.log_path, "w")
        log("$ " + " ".join(self.command) + " &")
        self.process = subprocess.Popen(self.command, env=child_environment(tmp),
                                        stdout=self.log_file, stderr=subprocess.STDOUT)
        self.window = None

    def running(self):
        return self.process.poll() is None

    def output(self):
        self.log_file.flush()
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def assert_running(self, doing):
        if not self.running():
            raise TestFailure("the app exited (code %s) while %s; its output:\n%s"
                              % (self.process.returncode, doing, self.output()))

    def find_window(self, timeout=20):
        """The X window id of the app's top-level window (title "... - Blokjessessie")."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.assert_running("waiting for its window")
            result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                     str(self.process.pid), "--name", "Blokjessessie"],
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            ids = result.stdout.split()
            if not ids:  # GLFW may not set _NET_WM_PID without a window manager
                result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                         "Blokjessessie"],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True)
                ids = result.stdout.split()
            if ids:
                self.window = ids[-1]
                log("  window id %s" % self.window)
                return self.window
            time.sleep(0.1)
        raise TestFailure("no window named '*Blokjessessie*' appeared within %d s" % timeout)

    def window_title(self):
        result = subprocess.run(["xdotool", "getwindowname", self.window], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, timeout=10)
        return result.stdout.strip()

    def wait_exit(self, timeout):
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill(self):
        """SIGKILL, as a crash would; the app gets no chance to clean up."""
        if self.running():
            self.process.kill()  # this process only, by its id
        self.process.wait(timeout=10)

    def stop(self):
        if self.running():
            self.process.terminate()
            if self.wait_exit(3) is None:
                self.kill()
        self.log_file.close()


def wait_for(predicate, timeout, what, app=None, interval=0.05):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if app is not None:
            app.assert_running("waiting for " + what)
        if time.monotonic() >= deadline:
            raise TestFailure("timed out after %.1f s waiting for %s" % (timeout, what))
        time.sleep(interval)


def wait_for_json_file(path, timeout, app=None):
    def ready():
        try:
            with open(path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return None  # not there yet, or half written
    return wait_for(ready, timeout, "the file " + path, app)


def file_stamp(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        return None


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


# -----------------------------------------------------------------------------
# xdotool
# -----------------------------------------------------------------------------

def xdotool(*arguments):
    command = ["xdotool"] + [str(a) for a in arguments]
    try:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, timeout=15)
    except subprocess.TimeoutExpired:
        raise TestFailure("xdotool hung: " + " ".join(command))
    if result.returncode != 0:
        raise TestFailure("%s failed (%d): %s" % (" ".join(command), result.returncode,
                                                  result.stderr.strip()))
    return result.stdout


def mouse_to(window, x, y):
    xdotool("mousemove", "--window", window, int(round(x)), int(round(y)))


def drag(window, start, end, steps=12, pause=0.05, settle=0.25):
    """Presses at `start`, moves to `end` in small steps and releases, all in
    window coordinates; pauses let the app see each step as its own frame."""
    mouse_to(window, *start)
    time.sleep(settle)
    xdotool("mousedown", 1)
    time.sleep(settle)
    # A couple of small moves first, so ImGui sees the press before the drag.
    for i in range(1, steps + 1):
        t = i / steps
        mouse_to(window, start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t)
        time.sleep(pause)
    mouse_to(window, *end)
    time.sleep(settle)
    xdotool("mouseup", 1)
    time.sleep(settle)


def key(window, keys, hold=0.15, may_close=False):
    """Presses and releases keys (e.g. "ctrl+s"). ImGui 1.86 samples key state
    once per frame, so a press and release within one frame would be missed:
    hold the keys down for a few frames. With may_close the window may be gone
    before the keys are released (Ctrl+Q)."""
    xdotool("keydown", "--window", window, keys)
    time.sleep(hold)
    try:
        xdotool("keyup", "--window", window, keys)
    except TestFailure:
        if not may_close:
            raise
    time.sleep(0.05)


# -----------------------------------------------------------------------------
# PNG decoding (8-bit RGB/RGBA, non-interlaced)
# -----------------------------------------------------------------------------

class Image:
    def __init__(self, width, height, channels, rows):
        self.width = width
        self.height = height
        self.channels = channels
        self.rows = rows  # list of bytes objects, one per row

    def pixel(self, x, y):
        row = self.rows[y]
        i = x * self.channels
        return tuple(row[i:i + 3])


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    if pb <= pc:
        return b
    return c


def read_png(path):
    data = read_bytes(path)
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise TestFailure(path + ": not a PNG file")
    pos = 8
    header = None
    idat = []
    while pos < len(data):
        if pos + 8 > len(data):
            raise TestFailure(path + ": truncated PNG chunk")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise TestFailure("%s: bad CRC in chunk %r" % (path, kind))
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise TestFailure(path + ": no IHDR chunk")
    width, height, depth, colour_type, compression, filtering, interlace = header
    if depth != 8 or colour_type not in (2, 6) or interlace != 0 or compression or filtering:
        raise TestFailure("%s: unsupported PNG (depth %d, colour type %d, interlace %d)"
                          % (path, depth, colour_type, interlace))
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    if len(raw) != height * (stride + 1):
        raise TestFailure("%s: %d bytes of image data, expected %d"
                          % (path, len(raw), height * (stride + 1)))
    rows = []
    previous = bytearray(stride)
    bpp = channels
    for y in range(height):
        start = y * (stride + 1)
        filter_type = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if filter_type == 0:
            pass
        elif filter_type == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif filter_type == 2:  # Up
            for i in range(stride):
                line[i] = (line[i] + previous[i]) & 0xFF
        elif filter_type == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif filter_type == 4:  # Paeth
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up_left = previous[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, previous[i], up_left)) & 0xFF
        else:
            raise TestFailure("%s: unknown filter type %d in row %d" % (path, filter_type, y))
        rows.append(bytes(line))
        previous = line
    return Image(width, height, channels, rows)


def colour_distance(a, b):
    return max(abs(a[0] - b[0]), abs(a[1] - b[1]), abs(a[2] - b[2]))


def on_text_blend(pixel, colour, tolerance):
    """True when pixel is colour, white, or a blend of the two (white text
    antialiased onto a block of that colour)."""
    best = None
    for t in (i / 32 for i in range(33)):
        blend = tuple(c + (255 - c) * t for c in colour)
        d = max(abs(p - b) for p, b in zip(pixel, blend))
        best = d if best is None else min(best, d)
    return best <= tolerance


def region_match(image, region, colour, tolerance=12):
    """For the pixels in region [x0,y0,x1,y1): (fraction within tolerance of
    colour, fraction that is colour or a blend of it with white text, count)."""
    x0, y0, x1, y1 = [int(round(v)) for v in region]
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, image.width), min(y1, image.height)
    total = exact = blended = 0
    for y in range(y0, y1):
        for x in range(x0, x1):
            pixel = image.pixel(x, y)
            total += 1
            if colour_distance(pixel, colour) <= tolerance:
                exact += 1
                blended += 1
            elif on_text_blend(pixel, colour, tolerance):
                blended += 1
    if not total:
        return 0.0, 0.0, 0
    return exact / total, blended / total, total


def sample_region(rect, canvas):
    """The lower-left part inside a block's rectangle, away from the rounded
    corners, the title/label text (top, left-aligned after a padding) and the
    output port (right edge, middle), clipped to the canvas."""
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    region = [x0 + 0.06 * w, y0 + 0.72 * h, x0 + 0.45 * w, y1 - 0.1 * h]
    region = [max(region[0], canvas[0]), max(region[1], canvas[1]),
              min(region[2], canvas[2]), min(region[3], canvas[3])]
    return region


def minimap_rect(canvas):
    # canvas_panel.cpp: 220x140, 12 px from the canvas's bottom-right corner.
    return [canvas[2] - 232, canvas[3] - 152, canvas[2] - 12, canvas[3] - 12]


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def main(body):
    """Runs body(), printing the failure and returning the exit code."""
    started = time.monotonic()
    try:
        body()
    except TestFailure as failure:
        log("FAIL: %s" % failure)
        log("(after %.1f s)" % (time.monotonic() - started))
        return 1
    log("PASS (%.1f s)" % (time.monotonic() - started))
    return 0


# -----------------------------------------------------------------------------
# Reading the live window's pixels (libX11 through ctypes)
# -----------------------------------------------------------------------------

class _XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, up to the colour masks.
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int), ("red_mask", ctypes.c_ulong),
                ("green_mask", ctypes.c_ulong), ("blue_mask", ctypes.c_ulong)]


_xlib = None


def _load_xlib():
    global _xlib
    if _xlib is not None:
        return _xlib
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    try:
        lib = ctypes.CDLL(name)
    except OSError as error:
        raise TestFailure("cannot load libX11 (%s) to read the window's pixels" % error)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XGetImage.restype = ctypes.POINTER(_XImage)
    lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    lib.XFree.argtypes = [ctypes.c_void_p]
    # Xlib's default error handler exits the process; a window that is gone
    # or off screen makes XGetImage return NULL instead.
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    lib._blokjes_error_handler = handler_type(lambda display, event: 0)
    lib.XSetErrorHandler.argtypes = [handler_type]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    lib.XSetErrorHandler(lib._blokjes_error_handler)
    _xlib = lib
    return lib


def grab_window(window, width, height):
    """The window's current pixels (window coordinates, RGB), read from the X
    server with XGetImage: what the user sees, without stopping the app."""
    lib = _load_xlib()
    display = lib.XOpenDisplay(None)
    if not display:
        raise TestFailure("XOpenDisplay(%r) failed" % os.environ.get("DISPLAY"))
    try:
        all_planes = (1 << (8 * ctypes.sizeof(ctypes.c_ulong))) - 1
        image = lib.XGetImage(display, int(window), 0, 0, int(width), int(height), all_planes,
                              2)  # ZPixmap
        lib.XSync(display, 0)
        if not image:
            raise TestFailure("XGetImage of window %s (%dx%d) failed" % (window, width, height))
        try:
            x = image.contents
            if x.bits_per_pixel != 32 or x.red_mask != 0xFF0000 or x.blue_mask != 0xFF:
                raise TestFailure("unsupported X image: %d bits per pixel, masks %x/%x/%x"
                                  % (x.bits_per_pixel, x.red_mask, x.green_mask, x.blue_mask))
            data = ctypes.string_at(x.data, x.bytes_per_line * x.height)
            red, green, blue = (2, 1, 0) if x.byte_order == 0 else (1, 2, 3)  # LSB/MSB first
            rows = []
            for y in range(x.height):
                line = data[y * x.bytes_per_line:y * x.bytes_per_line + 4 * x.width]
                rgb = bytearray(3 * x.width)
                rgb[0::3] = line[red::4]
                rgb[1::3] = line[green::4]
                rgb[2::3] = line[blue::4]
                rows.append(bytes(rgb))
            return Image(x.width, x.height, 3, rows)
        finally:
            lib.XFree(ctypes.cast(image.contents.data, ctypes.c_void_p))
            lib.XFree(ctypes.cast(image, ctypes.c_void_p))
    finally:
        lib.XCloseDisplay(display)


def click(window, point, settle=0.2):
    """A left click at `point` (window coordinates): the button stays down a
    few frames, so ImGui 1.86 sees the press and the release separately."""
    drag(window, point, point, steps=1, pause=0.02, settle=settle)


def write_png(image, path):
    """Writes an Image as an 8-bit RGB PNG (for looking at what a test saw)."""
    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    raw = bytearray()
    for row in image.rows:
        raw.append(0)
        if image.channels == 3:
            raw += row
        else:
            raw += bytes(b for i, b in enumerate(row) if i % image.channels < 3)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", image.width, image.height, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(bytes(raw), 6)))
        f.write(chunk(b"IEND", b""))
