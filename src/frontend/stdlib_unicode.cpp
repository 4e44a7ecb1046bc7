// stdlib_unicode.cpp — package unicode (classes and case mapping) and the
// rest of unicode/utf8.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareUnicode() {
  using namespace types;
  Pkg unicode("unicode", "unicode");
  for (const char* n : {"IsLetter", "IsDigit", "IsNumber", "IsSpace", "IsUpper", "IsLower", "IsTitle", "IsPunct",
                        "IsPrint", "IsGraphic", "IsControl", "IsSymbol", "IsMark"})
    unicode.func(n, sig({Rune}, {Bool}));
  for (const char* n : {"ToUpper", "ToLower", "ToTitle", "SimpleFold"}) unicode.func(n, sig({Rune}, {Rune}));
  unicode.cnst("MaxRune", Constant::makeInt64(0x10FFFF), UntypedRune);
  unicode.cnst("ReplacementChar", Constant::makeInt64(0xFFFD), UntypedRune);
  unicode.cnst("MaxASCII", Constant::makeInt64(0x7F), UntypedRune);
  unicode.cnst("MaxLatin1", Constant::makeInt64(0xFF), UntypedRune);

  Pkg utf8("unicode/utf8", "utf8");
  Type* byteS = newSlice(Byte);
  utf8.func("DecodeRune", sig({byteS}, {Rune, Int}));
  utf8.func("DecodeLastRune", sig({byteS}, {Rune, Int}));
  utf8.func("Valid", sig({byteS}, {Bool}));
  utf8.func("AppendRune", sig({byteS, Rune}, {byteS}));
  utf8.func("FullRuneInString", sig({String}, {Bool}));
  utf8.func("RuneStart", sig({Byte}, {Bool}));
  utf8.cnst("MaxRune", Constant::makeInt64(0x10FFFF), UntypedRune);
}

}  // namespace minigo::tc::stdlib
