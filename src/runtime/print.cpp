// print.cpp — print/println formatting as Go's runtime/print.go does it.
#include "runtime/print.h"

#include <unistd.h>

#include <cmath>
#include <cstring>

namespace minigo::rt {

// ---- formatting into a string -------------------------------------------------

void fmtuint(std::string& out, uint64_t v) {
  char buf[20];
  int i = sizeof buf;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v);
  out.append(buf + i, sizeof buf - i);
}

void fmtint(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    fmtuint(out, uint64_t(0) - uint64_t(v));
    return;
  }
  fmtuint(out, uint64_t(v));
}

// Go's own float format: sign, 7 significant digits, 3-digit exponent
// (+1.500000e+000). Digits come from repeated scaling by 10 in float64,
// exactly as print.go computes them, so the last digit matches Go's.
void fmtfloat(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {  // normalize to [1, 10)
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;  // round at the last printed digit
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= double(s);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char((e / 10) % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void fmtcomplex(std::string& out, double re, double im) {
  out += '(';
  fmtfloat(out, re);
  fmtfloat(out, im);
  out += "i)";
}

void fmthex(std::string& out, uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[16];
  int i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v);
  out += "0x";
  out.append(buf + i, sizeof buf - i);
}

void fmtpointer(std::string& out, const void* p) { fmthex(out, reinterpret_cast<uintptr_t>(p)); }

// ---- writing to stderr -------------------------------------------------------------

// Output between printlock and printunlock, written at once by printunlock.
static thread_local std::string printBuf;
static thread_local int printLocked;

static void gwrite(const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(2, p, n);
    if (w <= 0) return;  // stderr closed: drop, as Go does
    p += w;
    n -= size_t(w);
  }
}

// Emits what was appended to printBuf unless a print statement is in progress.
static void flushUnlessLocked() {
  if (printLocked) return;
  gwrite(printBuf.data(), printBuf.size());
  printBuf.clear();
}

void printflush() {
  gwrite(printBuf.data(), printBuf.size());
  printBuf.clear();
}

void printlock() { printLocked++; }
void printunlock() {
  if (printLocked > 0 && --printLocked == 0) printflush();
}

void printint(int64_t v) {
  fmtint(printBuf, v);
  flushUnlessLocked();
}
void printuint(uint64_t v) {
  fmtuint(printBuf, v);
  flushUnlessLocked();
}
void printfloat(double v) {
  fmtfloat(printBuf, v);
  flushUnlessLocked();
}
void printcomplex(double re, double im) {
  fmtcomplex(printBuf, re, im);
  flushUnlessLocked();
}
void printbool(bool v) {
  printBuf += v ? "true" : "false";
  flushUnlessLocked();
}
void printstring(GoString s) {
  printBuf.append(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
  flushUnlessLocked();
}
void printstring(const char* s) {
  printBuf += s;
  flushUnlessLocked();
}
void printpointer(const void* p) {
  fmtpointer(printBuf, p);
  flushUnlessLocked();
}
void printuintptr(uintptr_t p) {
  fmtuint(printBuf, p);
  flushUnlessLocked();
}
void printhex(uint64_t v) {
  fmthex(printBuf, v);
  flushUnlessLocked();
}
void printsp() {
  printBuf += ' ';
  flushUnlessLocked();
}
void printnl() {
  printBuf += '\n';
  flushUnlessLocked();
}
void printeface(Eface e) {
  printBuf += '(';
  fmtpointer(printBuf, e.type);
  printBuf += ',';
  fmtpointer(printBuf, e.data);
  printBuf += ')';
  flushUnlessLocked();
}
void printiface(Iface i) {
  printBuf += '(';
  fmtpointer(printBuf, i.tab);
  printBuf += ',';
  fmtpointer(printBuf, i.data);
  printBuf += ')';
  flushUnlessLocked();
}
void printslice(GoSlice s) {
  printBuf += '[';
  fmtint(printBuf, s.len);
  printBuf += '/';
  fmtint(printBuf, s.cap);
  printBuf += ']';
  fmtpointer(printBuf, s.ptr);
  flushUnlessLocked();
}

}  // namespace minigo::rt
