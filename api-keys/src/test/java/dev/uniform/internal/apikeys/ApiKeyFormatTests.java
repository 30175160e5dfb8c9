package dev.uniform.internal.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTests {

    @Test
    void shouldMakeKeysThatScannersRecogniseAndThisServiceReadsBack() {
        String key = ApiKeyFormat.newKey();

        assertThat(key).hasSize(ApiKeyFormat.LENGTH).matches("uniform_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}");
        assertThat(ApiKeyFormat.idOf(key)).contains(key.substring(8, 20));
    }

    @Test
    void shouldMakeADifferentKeyEachTime() {
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = ApiKeyFormat.newKey();
            keys.add(key);
            ids.add(ApiKeyFormat.idOf(key).orElseThrow());
        }
        assertThat(keys).hasSize(10_000);
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void shouldTellATypoByItsChecksum() {
        String key = ApiKeyFormat.newKey();
        for (int position : new int[] {8, 19, 21, 40, ApiKeyFormat.LENGTH - 7, ApiKeyFormat.LENGTH - 1}) {
            char typo = key.charAt(position) == 'x' ? 'y' : 'x';
            String mistyped = key.substring(0, position) + typo + key.substring(position + 1);

            assertThat(ApiKeyFormat.idOf(mistyped)).as("typo at %d", position).isEmpty();
        }
    }

    @Test
    void shouldRefuseWhatIsNotShapedLikeAKey() {
        String key = ApiKeyFormat.newKey();

        assertThat(ApiKeyFormat.idOf(null)).isEmpty();
        assertThat(ApiKeyFormat.idOf("")).isEmpty();
        assertThat(ApiKeyFormat.idOf(key.substring(1))).isEmpty();
        assertThat(ApiKeyFormat.idOf(key + "0")).isEmpty();
        assertThat(ApiKeyFormat.idOf("ghp_" + key.substring(4))).isEmpty();
        assertThat(ApiKeyFormat.idOf(key.replace('_', '-'))).isEmpty();
        assertThat(ApiKeyFormat.idOf(" " + key.substring(1))).isEmpty();
    }

    /**
     * The document's example is what a reader copies the shape from, and it sits in every service's committed
     * api/openapi.json: a key's shape, but a checksum that fails, so that it is never a key and never a leak.
     */
    @Test
    void shouldDocumentAnExampleKeyThatIsNoKey() throws NoSuchFieldException {
        String example = IssuedApiKey.class
                .getDeclaredField("key")
                .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class)
                .example();

        assertThat(example).hasSize(ApiKeyFormat.LENGTH).matches("uniform_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}");
        assertThat(ApiKeyFormat.idOf(example)).isEmpty();
    }

    @Test
    void shouldStoreA256BitHashThatIsNotTheKey() {
        String key = ApiKeyFormat.newKey();

        assertThat(ApiKeyFormat.hashOf(key)).hasSize(32).isEqualTo(ApiKeyFormat.hashOf(key));
        assertThat(ApiKeyFormat.hashOf(key)).isNotEqualTo(ApiKeyFormat.hashOf(ApiKeyFormat.newKey()));
    }
}
