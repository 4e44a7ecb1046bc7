// print.h — the print/println builtins, after Go's runtime/print.go.
//
// Output goes to stderr (fd 2). The compiler brackets each print statement
// with printlock/printunlock: between the two, output is gathered in a buffer
// and written with one write(2); outside them every call writes at once.
// The fmt* functions append the same text to a std::string (for panic
// messages and tests).
#pragma once

#include <cstdint>
#include <string>

#include "runtime/value.h"

namespace minigo::rt {

void fmtint(std::string& out, int64_t v);
void fmtuint(std::string& out, uint64_t v);
void fmtfloat(std::string& out, double v);               // +1.500000e+000, NaN, +Inf, -Inf
void fmtcomplex(std::string& out, double re, double im); // (+1.000000e+000+2.000000e+000i)
void fmthex(std::string& out, uint64_t v);               // 0x1f
void fmtpointer(std::string& out, const void* p);        // 0xc000012345 (0x0 for nil)

void printlock();
void printunlock();
void printint(int64_t v);
void printuint(uint64_t v);
void printfloat(double v);
void printcomplex(double re, double im);
void printbool(bool v);
void printstring(GoString s);
void printstring(const char* s);
void printpointer(const void* p);
void printuintptr(uintptr_t p);
void printhex(uint64_t v);
void printsp();
void printnl();
void printeface(Eface e);  // (0x<type>,0x<data>)
void printiface(Iface i);  // (0x<itab>,0x<data>)
void printslice(GoSlice s); // [len/cap]0x<ptr>
// Writes any pending print output now (e.g. before a fatal exit).
void printflush();

}  // namespace minigo::rt
