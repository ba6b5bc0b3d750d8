#include "web/platform/user_agent.hpp"

#include <gtest/gtest.h>

namespace {

using lp::web::DescribeUserAgent;

TEST(DescribeUserAgent, NamesChromeOnLinux) {
  EXPECT_EQ(DescribeUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/131.0.0.0 Safari/537.36"),
            "Chrome på Linux");
}

TEST(DescribeUserAgent, PrefersEdgeOverTheChromeItAlsoClaims) {
  EXPECT_EQ(DescribeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"),
            "Edge på Windows");
}

TEST(DescribeUserAgent, NamesSafariOnIphoneRatherThanMac) {
  EXPECT_EQ(DescribeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 "
                              "(KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"),
            "Safari på iPhone");
}

TEST(DescribeUserAgent, NamesFirefoxOnAndroid) {
  EXPECT_EQ(DescribeUserAgent("Mozilla/5.0 (Android 14; Mobile; rv:131.0) Gecko/131.0 Firefox/131.0"),
            "Firefox på Android");
}

TEST(DescribeUserAgent, SaysUnknownForAnEmptyOrStrangeAgent) {
  EXPECT_EQ(DescribeUserAgent(""), "Ukendt browser");
  EXPECT_EQ(DescribeUserAgent("robot 1.0"), "Ukendt browser");
}

}  // namespace
