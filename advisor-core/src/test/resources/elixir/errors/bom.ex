defmodule Bom do
end
