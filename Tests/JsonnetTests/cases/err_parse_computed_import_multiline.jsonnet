local a = 1;
import (
  "lib/" + "x"
)
