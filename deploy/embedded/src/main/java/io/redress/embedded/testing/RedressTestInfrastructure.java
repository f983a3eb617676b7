package io.redress.embedded.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Quarkus test resource pointing a service at a real Kafka and PostgreSQL, shared by every test class of the JVM.
 * <p>
 * Use it as {@code @WithTestResource(value = RedressTestInfrastructure.class,
 * initArgs = @ResourceArg(name = "database", value = "redress_intake"))}.
 */
public final class RedressTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming the service's database; it is created if it does not exist. */
    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(RedressTestInfrastructure.class.getSimpleName()
                    + " needs initArgs = @ResourceArg(name = \"" + DATABASE_ARG + "\", value = \"redress_...\")");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> start() {
        try {
            // Only JDK types cross this call, because the two sides may live in different class loaders.
            return (Map<String, String>) sharedInfrastructureClass()
                    .getMethod("quarkusConfig", String.class)
                    .invoke(null, database);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot reach " + SharedInfrastructure.class.getName(), e);
        }
    }

    /** Nothing to do: the infrastructure outlives this Quarkus application and stops when the JVM exits. */
    @Override
    public void stop() {
        // Stopping here would restart Kafka and PostgreSQL for every test class; a JVM shutdown hook stops them.
    }

    /**
     * {@link SharedInfrastructure} as loaded by the system class loader. Quarkus loads test resources in a class
     * loader of the application under test and closes it when that application stops, while the broker's threads
     * live on and keep loading classes. The system class loader lives as long as the JVM and is the same for every
     * Quarkus application, which also makes "start once" hold for the whole JVM.
     */
    static Class<?> sharedInfrastructureClass() {
        try {
            return Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            // A launcher that keeps the test class path off the system class loader: share within this loader only.
            return SharedInfrastructure.class;
        }
    }
}
