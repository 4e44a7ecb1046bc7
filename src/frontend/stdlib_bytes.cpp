// stdlib_bytes.cpp — package bytes: Buffer (Go's layout: buf, off,
// lastRead) and the functions mirroring package strings. The natives are in
// natives_bytes.cpp.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

// Read by natives_bytes.cpp, which allocates Buffers.
Type* bytesBuffer = nullptr;

void declareBytes() {
  using namespace types;
  Pkg bytes("bytes", "bytes");
  Type* bs = sized(newSlice(Byte));
  Type* bss = sized(newSlice(bs));
  for (const char* n : {"Equal", "Contains", "HasPrefix", "HasSuffix", "EqualFold"}) bytes.func(n, sig({bs, bs}, {Bool}));
  for (const char* n : {"Compare", "Index", "LastIndex", "Count"}) bytes.func(n, sig({bs, bs}, {Int}));
  bytes.func("ContainsAny", sig({bs, String}, {Bool}));
  bytes.func("ContainsRune", sig({bs, Rune}, {Bool}));
  bytes.func("IndexByte", sig({bs, Byte}, {Int}));
  bytes.func("LastIndexByte", sig({bs, Byte}, {Int}));
  bytes.func("IndexRune", sig({bs, Rune}, {Int}));
  bytes.func("IndexAny", sig({bs, String}, {Int}));
  bytes.func("Split", sig({bs, bs}, {bss}));
  bytes.func("SplitN", sig({bs, bs, Int}, {bss}));
  bytes.func("Fields", sig({bs}, {bss}));
  bytes.func("Join", sig({bss, bs}, {bs}));
  bytes.func("Repeat", sig({bs, Int}, {bs}));
  for (const char* n : {"ToUpper", "ToLower", "ToTitle", "Title", "TrimSpace"}) bytes.func(n, sig({bs}, {bs}));
  for (const char* n : {"Trim", "TrimLeft", "TrimRight"}) bytes.func(n, sig({bs, String}, {bs}));
  for (const char* n : {"TrimPrefix", "TrimSuffix"}) bytes.func(n, sig({bs, bs}, {bs}));
  bytes.func("Replace", sig({bs, bs, bs, Int}, {bs}));
  bytes.func("ReplaceAll", sig({bs, bs, bs}, {bs}));
  bytes.func("Runes", sig({bs}, {sized(newSlice(Rune))}));
  bytes.func("Cut", sig({bs, bs}, {bs, bs, Bool}));
  bytes.cnst("MinRead", Constant::makeInt64(512), UntypedInt);

  Type* buf = bytes.type("Buffer", newStruct({fld(bs, "buf"), fld(Int, "off"), fld(Int8, "lastRead")}));
  Type* bufP = sized(newPtr(buf));
  bytesBuffer = buf;
  bytes.func("NewBuffer", sig({bs}, {bufP}));
  bytes.func("NewBufferString", sig({String}, {bufP}));
  bytes.method(buf, true, "Write", sig({bs}, {Int, Error}));
  bytes.method(buf, true, "WriteString", sig({String}, {Int, Error}));
  bytes.method(buf, true, "WriteByte", sig({Byte}, {Error}));
  bytes.method(buf, true, "WriteRune", sig({Rune}, {Int, Error}));
  bytes.method(buf, true, "String", sig({}, {String}));
  bytes.method(buf, true, "Bytes", sig({}, {bs}));
  bytes.method(buf, true, "Len", sig({}, {Int}));
  bytes.method(buf, true, "Cap", sig({}, {Int}));
  bytes.method(buf, true, "Reset", sig({}, {}));
  bytes.method(buf, true, "Grow", sig({Int}, {}));
  bytes.method(buf, true, "Truncate", sig({Int}, {}));
  bytes.method(buf, true, "Read", sig({bs}, {Int, Error}));
  bytes.method(buf, true, "Next", sig({Int}, {bs}));
  bytes.method(buf, true, "ReadByte", sig({}, {Byte, Error}));
  bytes.method(buf, true, "ReadRune", sig({}, {Rune, Int, Error}));
  bytes.method(buf, true, "ReadBytes", sig({Byte}, {bs, Error}));
  bytes.method(buf, true, "ReadString", sig({Byte}, {String, Error}));
  bytes.method(buf, true, "UnreadByte", sig({}, {Error}));
  bytes.method(buf, true, "UnreadRune", sig({}, {Error}));
}

}  // namespace minigo::tc::stdlib
