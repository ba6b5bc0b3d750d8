#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lp::app {

// Thin, audited wrappers over libsodium. Call InitialiseCrypto() once at start-up.
void InitialiseCrypto();

// The argon2id cost of a new password hash. Production always uses Interactive (libsodium's
// interactive limits); Minimal (its minimum limits) exists for the test suites only, where hundreds of
// accounts are created under the sanitizers. It is not read from the configuration or environment.
enum class PasswordHashCost { Interactive, Minimal };

// argon2id (libsodium's crypto_pwhash_str with ALG_ARGON2ID13) at the given cost.
std::string HashPassword(std::string_view password, PasswordHashCost cost = PasswordHashCost::Interactive);
bool VerifyPassword(const std::string& hash, std::string_view password);
// True when the stored hash uses other parameters than the given cost's (re-hash after login).
bool PasswordNeedsRehash(const std::string& hash, PasswordHashCost cost = PasswordHashCost::Interactive);

// 32 random bytes, base64url without padding (43 characters): session ids, CSRF secrets.
std::string RandomToken();
// `length` characters drawn uniformly from `alphabet` (libsodium's randombytes_uniform): codes people
// type, such as a certificate's verification code.
std::string RandomCode(std::string_view alphabet, std::size_t length);
// Lower-case hex SHA-256; sessions are stored by this hash so a leaked table holds no usable ids.
std::string Sha256Hex(std::string_view data);
// base64url(HMAC-SHA-256(key, message)).
std::string HmacToken(std::string_view key, std::string_view message);
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace lp::app
