// natives_container.cpp — container/heap and container/list.
#include "vm/natives_stdlib.h"

namespace minigo::vm {

void registerContainerNatives() {}

}  // namespace minigo::vm
