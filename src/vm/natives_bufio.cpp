// natives_bufio.cpp — os.File I/O (fd 0/1/2), os.Getenv, the std-lib package
// variables (initStdGlobals), and bufio: Scanner and Reader over os.Stdin
// (one process-wide input buffer), Writer with Go's 4096-byte buffering.
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "frontend/types.h"
#include "runtime/fmt.h"
#include "runtime/strconv.h"
#include "vm/natives_stdlib.h"
#include "vm/vm.h"

namespace minigo::tc::stdlib {
extern Type* bufioScannerType;
extern Type* bufioWriterType;
extern Type* bufioReaderType;
}  // namespace minigo::tc::stdlib

namespace minigo::vm {

namespace stdlib {
namespace {

using rt::GoSlice;
using rt::GoString;

rt::Iface ioEOF{nullptr, nullptr};
Type* osFilePtr = nullptr;

// ---- stdin: one buffer for every reader of fd 0.
struct Stdin {
  std::string buf;
  size_t pos = 0;
  bool eof = false;
  bool fill() {  // false at end of input
    if (eof) return false;
    if (pos > 0 && pos == buf.size()) buf.clear(), pos = 0;
    char tmp[65536];
    ssize_t n = ::read(0, tmp, sizeof tmp);
    if (n <= 0) {
      eof = true;
      return false;
    }
    buf.append(tmp, size_t(n));
    return true;
  }
  bool more() { return pos < buf.size() || fill(); }
} in;

void writeFd(int64_t fd, const void* p, size_t n) {
  if (fd == 1) return rt::writeStdout(static_cast<const char*>(p), n);
  rt::flushStdout();
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = ::write(int(fd), c, n);
    if (w <= 0) return;
    c += w;
    n -= size_t(w);
  }
}

int64_t fileFd(uint8_t* a, int64_t off) {
  auto* f = at<int64_t*>(a, off);
  return f ? *f : -1;
}
void File_Write(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  writeFd(fileFd(a, 48), b.ptr, size_t(b.len));
  at<int64_t>(a, 24) = b.len;
  at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
}
void File_WriteString(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  writeFd(fileFd(a, 40), s.ptr, size_t(s.len));
  at<int64_t>(a, 16) = s.len;
  at<rt::Iface>(a, 24) = rt::Iface{nullptr, nullptr};
}
void File_Read(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  int64_t n = 0;
  if (fileFd(a, 48) == 0 && b.len > 0 && in.more()) {
    n = std::min<int64_t>(b.len, int64_t(in.buf.size() - in.pos));
    std::memcpy(b.ptr, in.buf.data() + in.pos, size_t(n));
    in.pos += size_t(n);
  }
  at<int64_t>(a, 24) = n;
  at<rt::Iface>(a, 32) = n == 0 && b.len > 0 ? ioEOF : rt::Iface{nullptr, nullptr};
}
void os_Getenv(rt::G*, uint8_t* a) {
  std::string k(view(at<GoString>(a, 0)));
  const char* v = std::getenv(k.c_str());
  at<GoString>(a, 16) = str(v ? v : "");
}

// ---- bufio.Scanner: struct { mode int; tok string }.
enum { kLines, kWords, kRunes, kBytes };
struct Scanner {
  int64_t mode;
  GoString tok;
};
void bufio_NewScanner(rt::G*, uint8_t* a) {
  at<void*>(a, 16) = rt::newobject(tc::stdlib::bufioScannerType);
}
bool asciiSpace(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
void Scanner_Scan(rt::G*, uint8_t* a) {
  auto* s = at<Scanner*>(a, 8);
  std::string tok;
  bool ok = false;
  switch (s->mode) {
    case kLines:
      while (in.more()) {
        size_t nl = in.buf.find('\n', in.pos);
        if (nl != std::string::npos) {
          tok.append(in.buf, in.pos, nl - in.pos);
          in.pos = nl + 1;
          ok = true;
          break;
        }
        tok.append(in.buf, in.pos, std::string::npos);
        in.pos = in.buf.size();
        ok = true;  // a last line without a newline still counts
      }
      if (ok && !tok.empty() && tok.back() == '\r') tok.pop_back();
      break;
    case kWords: {
      // Go's ScanWords skips and splits at unicode.IsSpace runes.
      for (;;) {
        if (!in.more()) break;
        int w;
        int32_t r = rt::DecodeRuneInString(std::string_view(in.buf).substr(in.pos), &w);
        if (w == 1 && in.pos + 4 > in.buf.size() && uint8_t(in.buf[in.pos]) >= 0x80 && in.fill()) continue;
        if (isSpace(r)) {
          if (ok) break;
          in.pos += size_t(w);
          continue;
        }
        tok.append(in.buf, in.pos, size_t(w));
        in.pos += size_t(w);
        ok = true;
      }
      break;
    }
    case kRunes:
    case kBytes:
      if (in.more()) {
        if (s->mode == kRunes && in.pos + 4 > in.buf.size()) in.fill();
        int w = 1;
        if (s->mode == kRunes) {
          int32_t r = rt::DecodeRuneInString(std::string_view(in.buf).substr(in.pos), &w);
          if (r == rt::RuneError && w == 1) {
            tok = "\xEF\xBF\xBD";
            in.pos += 1;
            ok = true;
            break;
          }
        }
        tok.assign(in.buf, in.pos, size_t(w));
        in.pos += size_t(w);
        ok = true;
      }
      break;
  }
  s->tok = ok ? str(tok) : GoString{nullptr, 0};
  at<int64_t>(a, 0) = ok;
}
void Scanner_Text(rt::G*, uint8_t* a) { at<GoString>(a, 0) = at<Scanner*>(a, 16)->tok; }
void Scanner_Bytes(rt::G*, uint8_t* a) { at<GoSlice>(a, 0) = rt::stringtoslicebyte(at<Scanner*>(a, 24)->tok); }
void Scanner_Err(rt::G*, uint8_t* a) { at<rt::Iface>(a, 0) = rt::Iface{nullptr, nullptr}; }
void Scanner_Split(rt::G*, uint8_t* a) {
  auto* fv = at<rt::FuncVal*>(a, 0);
  auto* s = at<Scanner*>(a, 8);
  std::string n = fv && fv->fn ? fv->fn->name : "";
  s->mode = n == "bufio.ScanWords" ? kWords : n == "bufio.ScanRunes" ? kRunes : n == "bufio.ScanBytes" ? kBytes : kLines;
}
void Scanner_Buffer(rt::G*, uint8_t*) {}
// The split functions are only recognised by Split; called directly they
// consume nothing.
void bufio_ScanStub(rt::G*, uint8_t* a) {
  at<int64_t>(a, 32) = 0;
  at<GoSlice>(a, 40) = GoSlice{nullptr, 0, 0};
  at<rt::Iface>(a, 64) = rt::Iface{nullptr, nullptr};
}

// ---- bufio.Reader over stdin.
void bufio_NewReader(rt::G*, uint8_t* a) { at<void*>(a, 16) = rt::newobject(tc::stdlib::bufioReaderType); }
void Reader_ReadString(rt::G*, uint8_t* a) {
  char delim = char(at<uint8_t>(a, 0));
  std::string out;
  bool found = false;
  while (!found && in.more()) {
    size_t d = in.buf.find(delim, in.pos);
    size_t end = d == std::string::npos ? in.buf.size() : d + 1;
    out.append(in.buf, in.pos, end - in.pos);
    in.pos = end;
    found = d != std::string::npos;
  }
  at<GoString>(a, 8) = str(out);
  at<rt::Iface>(a, 24) = found ? rt::Iface{nullptr, nullptr} : ioEOF;
}

// ---- bufio.Writer: struct { w io.Writer; buf []byte }, Go's algorithm
// with its default 4096-byte buffer (unflushed output is lost at exit, as in Go).
void forward(rt::Iface w, const void* p, int64_t n) {
  if (!w.tab) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  if (w.tab->type == osFilePtr) return writeFd(w.data ? *static_cast<int64_t*>(w.data) : 1, p, size_t(n));
  Proto* pr = methodProto(w.tab->fun[0]);
  void* buf = rt::makeslice(types::Uint8, n, n);
  if (n) std::memcpy(buf, p, size_t(n));
  alignas(8) uint8_t args[64] = {};
  at<GoSlice>(args, 0) = GoSlice{buf, n, n};
  at<void*>(args, pr->argSize) = w.data;
  callGo(pr, args, pr->argSize + 8, nullptr, true);
}
struct Writer {
  rt::Iface w;
  GoSlice buf;
  int64_t available() { return buf.cap - buf.len; }
  void flush() {
    if (buf.len) forward(w, buf.ptr, buf.len);
    buf.len = 0;
  }
  void append(const uint8_t* p, int64_t n) {
    std::memcpy(static_cast<uint8_t*>(buf.ptr) + buf.len, p, size_t(n));
    buf.len += n;
  }
  void write(const uint8_t* p, int64_t n, bool directWhenEmpty) {
    while (n > available()) {
      int64_t k;
      if (directWhenEmpty && buf.len == 0) {
        forward(w, p, n);
        k = n;
      } else {
        k = available();
        append(p, k);
        flush();
      }
      p += k;
      n -= k;
    }
    append(p, n);
  }
};
Writer* writerOf(uint8_t* a, int64_t off) { return at<Writer*>(a, off); }
void bufio_NewWriter(rt::G*, uint8_t* a) {
  auto* w = static_cast<Writer*>(rt::newobject(tc::stdlib::bufioWriterType));
  w->w = at<rt::Iface>(a, 0);
  w->buf = GoSlice{rt::makeslice(types::Uint8, 4096, 4096), 0, 4096};
  at<void*>(a, 16) = w;
}
void Writer_Write(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  writerOf(a, 48)->write(static_cast<const uint8_t*>(b.ptr), b.len, true);
  at<int64_t>(a, 24) = b.len;
  at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
}
void Writer_WriteString(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  writerOf(a, 40)->write(s.ptr, s.len, false);
  at<int64_t>(a, 16) = s.len;
  at<rt::Iface>(a, 24) = rt::Iface{nullptr, nullptr};
}
void Writer_WriteByte(rt::G*, uint8_t* a) {
  uint8_t c = at<uint8_t>(a, 0);
  Writer* w = writerOf(a, 24);
  if (w->available() <= 0) w->flush();
  w->append(&c, 1);
  at<rt::Iface>(a, 8) = rt::Iface{nullptr, nullptr};
}
void Writer_WriteRune(rt::G*, uint8_t* a) {
  uint8_t buf[4];
  int n = rt::EncodeRune(buf, int32_t(at<int64_t>(a, 0)));
  Writer* w = writerOf(a, 32);
  if (w->available() < 4) w->flush();
  w->write(buf, n, false);
  at<int64_t>(a, 8) = n;
  at<rt::Iface>(a, 16) = rt::Iface{nullptr, nullptr};
}
void Writer_Flush(rt::G*, uint8_t* a) {
  writerOf(a, 16)->flush();
  at<rt::Iface>(a, 0) = rt::Iface{nullptr, nullptr};
}

}  // namespace

void registerBufio() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"os.(*File).Write", File_Write},
      {"os.(*File).WriteString", File_WriteString},
      {"os.(*File).Read", File_Read},
      {"os.Getenv", os_Getenv},
      {"bufio.NewScanner", bufio_NewScanner},
      {"bufio.(*Scanner).Scan", Scanner_Scan},
      {"bufio.(*Scanner).Text", Scanner_Text},
      {"bufio.(*Scanner).Bytes", Scanner_Bytes},
      {"bufio.(*Scanner).Err", Scanner_Err},
      {"bufio.(*Scanner).Split", Scanner_Split},
      {"bufio.(*Scanner).Buffer", Scanner_Buffer},
      {"bufio.ScanLines", bufio_ScanStub},
      {"bufio.ScanWords", bufio_ScanStub},
      {"bufio.ScanRunes", bufio_ScanStub},
      {"bufio.ScanBytes", bufio_ScanStub},
      {"bufio.NewReader", bufio_NewReader},
      {"bufio.(*Reader).ReadString", Reader_ReadString},
      {"bufio.NewWriter", bufio_NewWriter},
      {"bufio.(*Writer).Write", Writer_Write},
      {"bufio.(*Writer).WriteString", Writer_WriteString},
      {"bufio.(*Writer).WriteByte", Writer_WriteByte},
      {"bufio.(*Writer).WriteRune", Writer_WriteRune},
      {"bufio.(*Writer).Flush", Writer_Flush},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace stdlib

// Fills the std-lib package variables in the globals area: os.Args holds the
// program name only; os.Stdin/Stdout/Stderr are *os.File with fd 0/1/2.
void initStdGlobals(Program* prog, const RunOptions& opts) {
  if (!prog->pkg) return;
  if (!stdlib::ioEOF.tab) {
    NativeFn errorsNew = lookupNative("errors.New");
    if (errorsNew) {
      alignas(8) uint8_t args[32] = {};
      stdlib::at<rt::GoString>(args, 0) = rt::gostring("EOF");
      errorsNew(rt::sched.curg, args);
      stdlib::ioEOF = stdlib::at<rt::Iface>(args, 16);
    }
  }
  for (Name* n : prog->pkg->globals) {
    uint8_t* slot = prog->globals + n->globalIndex;
    const std::string& s = n->sym;
    if (s == "os.Args") {
      rt::GoSlice a = stdlib::newStrings(1);
      static_cast<rt::GoString*>(a.ptr)[0] = rt::gostring(opts.filename);
      *reinterpret_cast<rt::GoSlice*>(slot) = a;
    } else if (s == "os.Stdin" || s == "os.Stdout" || s == "os.Stderr") {
      stdlib::osFilePtr = n->type;
      auto* f = static_cast<int64_t*>(rt::newobject(n->type->elem));
      *f = s == "os.Stdin" ? 0 : s == "os.Stdout" ? 1 : 2;
      *reinterpret_cast<void**>(slot) = f;
    } else if (s == "io.EOF") {
      *reinterpret_cast<rt::Iface*>(slot) = stdlib::ioEOF;
    } else if (s.rfind("context.", 0) == 0) {
      initContextGlobal(s, slot);
    }
  }
}

}  // namespace minigo::vm
