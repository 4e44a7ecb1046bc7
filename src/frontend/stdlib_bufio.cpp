// stdlib_bufio.cpp — io.Reader/io.EOF, os.File's Read, os.Getenv, and
// bufio's Scanner, Reader and Writer (natives_bufio.cpp: stdin only as a
// source; a Writer buffers 4096 bytes as Go's does, flushing on Flush).
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

Type* bufioScannerType = nullptr;
Type* bufioWriterType = nullptr;
Type* bufioReaderType = nullptr;

void declareBufio() {
  using namespace types;
  Type* byteS = newSlice(Byte);
  Pkg io("io", "io");
  Method rd;
  rd.name = "Read";
  rd.type = sig({byteS}, {Int, Error});
  Type* reader = io.type("Reader", newInterface({rd}, {}));
  io.var("EOF", Error);
  Type* writer = io.p->members["Writer"]->type;

  Pkg os("os", "os");
  Type* file = os.p->members["File"]->type;
  os.method(file, true, "Read", sig({byteS}, {Int, Error}));
  os.func("Getenv", sig({String}, {String}));

  Pkg bufio("bufio", "bufio");
  Type* split = bufio.type("SplitFunc", sig({byteS, Bool}, {Int, byteS, Error}));
  for (const char* n : {"ScanLines", "ScanWords", "ScanRunes", "ScanBytes"}) bufio.func(n, sig({byteS, Bool}, {Int, byteS, Error}));
  bufioScannerType = bufio.type("Scanner", newStruct({fld(Int, "mode"), fld(String, "tok")}));
  Type* sc = bufioScannerType;
  bufio.func("NewScanner", sig({reader}, {sized(newPtr(sc))}));
  bufio.method(sc, true, "Scan", sig({}, {Bool}));
  bufio.method(sc, true, "Text", sig({}, {String}));
  bufio.method(sc, true, "Bytes", sig({}, {byteS}));
  bufio.method(sc, true, "Err", sig({}, {Error}));
  bufio.method(sc, true, "Split", sig({split}, {}));
  bufio.method(sc, true, "Buffer", sig({byteS, Int}, {}));
  bufioReaderType = bufio.type("Reader", newStruct({fld(Int, "unused")}));
  bufio.func("NewReader", sig({reader}, {sized(newPtr(bufioReaderType))}));
  bufio.method(bufioReaderType, true, "ReadString", sig({Byte}, {String, Error}));
  bufioWriterType = bufio.type("Writer", newStruct({fld(writer, "w"), fld(byteS, "buf")}));
  Type* wr = bufioWriterType;
  bufio.func("NewWriter", sig({writer}, {sized(newPtr(wr))}));
  bufio.method(wr, true, "Write", sig({byteS}, {Int, Error}));
  bufio.method(wr, true, "WriteString", sig({String}, {Int, Error}));
  bufio.method(wr, true, "WriteByte", sig({Byte}, {Error}));
  bufio.method(wr, true, "WriteRune", sig({Rune}, {Int, Error}));
  bufio.method(wr, true, "Flush", sig({}, {Error}));
}

}  // namespace minigo::tc::stdlib
