package news.robust;

import java.util.List;

/** Components beyond the cleaner that the adversarial benchmark also times (quotes, when on main). */
final class Extractors {
    private Extractors() {}

    static List<AdversarialBenchmark.Component> optional() {
        return List.of();
    }
}
