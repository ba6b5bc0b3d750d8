#include "app/platform/security.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>

namespace lp::app {
namespace {

using ::testing::StartsWith;

class Security : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { InitialiseCrypto(); }
};

bool IsBase64UrlText(const std::string& text) {
  return std::ranges::all_of(text, [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// ---- Passwords ---------------------------------------------------------------------------------

TEST_F(Security, HashesPasswordsWithArgon2idAndASaltOfTheirOwn) {
  const auto first = HashPassword("korrekt-hest-batteri");
  const auto second = HashPassword("korrekt-hest-batteri");

  EXPECT_THAT(first, StartsWith("$argon2id$"));
  EXPECT_NE(first, second);  // a new salt each time
  EXPECT_EQ(first.find("korrekt-hest-batteri"), std::string::npos);
}

TEST_F(Security, VerifiesOnlyTheRightPassword) {
  const auto hash = HashPassword("korrekt-hest-batteri");

  EXPECT_TRUE(VerifyPassword(hash, "korrekt-hest-batteri"));
  EXPECT_FALSE(VerifyPassword(hash, "korrekt-hest-batteri "));
  EXPECT_FALSE(VerifyPassword(hash, "Korrekt-hest-batteri"));
  EXPECT_FALSE(VerifyPassword(hash, ""));
}

TEST_F(Security, VerifiesPasswordsWithNonAsciiAndNulBytes) {
  std::string password = "blåbær";
  password.push_back('\0');
  password += "grød";
  const auto hash = HashPassword(password);

  EXPECT_TRUE(VerifyPassword(hash, password));
  EXPECT_FALSE(VerifyPassword(hash, "blåbær"));  // not cut at the NUL
}

TEST_F(Security, RefusesAnEmptyOrMalformedHash) {
  EXPECT_FALSE(VerifyPassword("", ""));
  EXPECT_FALSE(VerifyPassword("", "noget"));
  EXPECT_FALSE(VerifyPassword("$argon2id$ikke-en-hash", "noget"));
  EXPECT_FALSE(VerifyPassword("klartekst", "klartekst"));
}

TEST_F(Security, DoesNotAskToRehashAFreshHash) {
  EXPECT_FALSE(PasswordNeedsRehash(HashPassword("korrekt-hest-batteri")));
}

TEST_F(Security, AsksToRehashAHashWithOtherParameters) {
  // A valid argon2id hash made with the minimum costs, below the current interactive limits.
  std::array<char, crypto_pwhash_STRBYTES> weak{};
  const std::string password = "korrekt-hest-batteri";
  ASSERT_EQ(crypto_pwhash_str_alg(weak.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_MIN,
                                  crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
            0);
  const std::string hash(weak.data());

  EXPECT_TRUE(VerifyPassword(hash, password));
  EXPECT_TRUE(PasswordNeedsRehash(hash));
}

// ---- Tokens and digests ------------------------------------------------------------------------

TEST_F(Security, MakesRandomTokensOf43Base64UrlCharacters) {
  const auto token = RandomToken();

  EXPECT_EQ(token.size(), 43U);
  EXPECT_TRUE(IsBase64UrlText(token)) << token;
}

TEST_F(Security, MakesADifferentRandomTokenEveryTime) {
  std::set<std::string> tokens;
  for (int i = 0; i < 1000; ++i) tokens.insert(RandomToken());

  EXPECT_EQ(tokens.size(), 1000U);
}

TEST_F(Security, Sha256HexMatchesTheFips180Vectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_F(Security, Sha256HexHashesEveryByteIncludingNul) {
  EXPECT_NE(Sha256Hex(std::string("a\0b", 3)), Sha256Hex("a"));
  EXPECT_EQ(Sha256Hex(std::string("a\0b", 3)).size(), 64U);
}

TEST_F(Security, HmacTokenMatchesRfc4231TestCase2AsBase64Url) {
  // RFC 4231 4.3: HMAC-SHA-256 = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
  EXPECT_EQ(HmacToken("Jefe", "what do ya want for nothing?"), "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM");
}

TEST_F(Security, HmacTokenMatchesRfc4231TestCase6WithAKeyLongerThanABlock) {
  // RFC 4231 4.7: HMAC-SHA-256 = 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54
  const std::string key(131, '\xAA');
  EXPECT_EQ(HmacToken(key, "Test Using Larger Than Block-Size Key - Hash Key First"),
            "YOQxWR7gtn8Niiaqy_W3f44LxiE3KMUUBUYEDw7jf1Q");
}

TEST_F(Security, HmacTokenDependsOnKeyAndMessage) {
  const auto token = HmacToken("nøgle", "besked");

  EXPECT_EQ(token.size(), 43U);
  EXPECT_TRUE(IsBase64UrlText(token));
  EXPECT_NE(token, HmacToken("nøgle2", "besked"));
  EXPECT_NE(token, HmacToken("nøgle", "besked2"));
  EXPECT_EQ(token, HmacToken("nøgle", "besked"));
}

TEST_F(Security, ConstantTimeEqualsComparesContentAndLength) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("abc", "abc"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "abd"));
  EXPECT_FALSE(ConstantTimeEquals("abc", "ab"));
  EXPECT_FALSE(ConstantTimeEquals("ab", "abc"));
  EXPECT_FALSE(ConstantTimeEquals(std::string("a\0c", 3), std::string("a\0d", 3)));
}

TEST(InitialiseCrypto, CanBeCalledMoreThanOnce) {
  EXPECT_NO_THROW(InitialiseCrypto());
  EXPECT_NO_THROW(InitialiseCrypto());
  EXPECT_EQ(RandomToken().size(), 43U);
}

}  // namespace
}  // namespace lp::app
