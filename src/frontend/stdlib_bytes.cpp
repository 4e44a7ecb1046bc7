// stdlib_bytes.cpp — package bytes.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareBytes() {}

}  // namespace minigo::tc::stdlib
