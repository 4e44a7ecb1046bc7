-- Nested integer loops: 3000 x 3000 iterations of multiply, modulo, add.
local sum = 0
for i = 0, 2999 do
  for j = 0, 2999 do
    sum = sum + (i * j + j) % 7
  end
end
print(sum)
