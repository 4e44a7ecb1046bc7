// stdlib_container.cpp — packages container/heap and container/list.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareContainer() {}

}  // namespace minigo::tc::stdlib
