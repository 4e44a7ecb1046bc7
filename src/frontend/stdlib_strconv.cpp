// stdlib_strconv.cpp — package strconv beyond stdlib_decls.cpp's core set.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareStrconv() {
  using namespace types;
  Pkg strconv("strconv", "strconv");
  Type* byteS = newSlice(Byte);
  strconv.func("AppendInt", sig({byteS, Int64, Int}, {byteS}));
  strconv.func("AppendQuote", sig({byteS, String}, {byteS}));
  strconv.func("QuoteToASCII", sig({String}, {String}));
  strconv.func("QuoteRuneToASCII", sig({Rune}, {String}));
  strconv.cnst("IntSize", Constant::makeInt64(64), UntypedInt);
}

}  // namespace minigo::tc::stdlib
