package shop;

/** The Java side of the polyglot repository: otp-advisor ignores it and reads only Elixir files. */
public final class OrderService {
    public String place(String sku, int quantity) {
        return "order:" + sku + ":" + quantity;
    }
}
