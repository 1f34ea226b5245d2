package shop;

/** The Java side of the repository; the analysis leaves it alone. */
public final class OrderService {
    public long total(long price, int qty) {
        return price * qty;
    }
}
