x = ~s@abc@
